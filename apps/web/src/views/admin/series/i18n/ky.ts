import type { SeriesMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: SeriesMessages = {
  title: 'Иш-чаралардын сериялары', // (?)
  new: 'Жаңы серия',
  edit: 'Серия: {name}',
  back: 'Бардык серияларга', // (?)
  delete: 'Серияны өчүрүү',
  deleteConfirm: 'Бул серия өчүрүлсүнбү? Анын иш-чаралары сериясыз калат.', // (?)
  slugPath: '/events?series=<slug>',
  fields: { title: 'Аталышы', description: 'Сүрөттөмө' },
  events: {
    heading: 'Сериянын иш-чаралары', // (?)
    hint: 'Серияга кирүү жана тартиби иш-чаралардын өздөрүндө («Серия» талаасы) белгиленет.', // (?)
    none: 'Бул серияда азырынча иш-чара жок.', // (?)
    position: '{n}.',
    loading: 'Иш-чаралар жүктөлүүдө…',
    missing: 'Иш-чара #{id}',
  },
};

export default ky;
