import type { MessageSchema } from '../ru';

const projects: MessageSchema['projects'] = {
  title: 'Долбоорлор',
  intro: 'Донорлор колдогон долбоорлор жана уюмдун демилгелери.',
  loading: 'Долбоорлор жүктөлүүдө…',
  empty: 'Азырынча долбоорлор жок.',
  kind: {
    project: 'Долбоор',
    initiative: 'Демилге',
  },
  kinds: {
    project: 'Долбоорлор',
    initiative: 'Демилгелер',
  },
  period: 'Мөөнөтү',
  periodRange: '{from} — {to}',
  periodFrom: '{from} баштап',
  periodUntil: '{to} чейин',
  periodNotGiven: 'мөөнөтү көрсөтүлгөн эмес',
  role: {
    lead: 'Жетектөөчү уюм',
    initiator: 'Демилгечи',
    partner: 'Өнөктөш',
    funder: 'Донор',
    supporter: 'Колдоочу',
  },
  project: {
    loading: 'Долбоор жүктөлүүдө…',
    notFoundTitle: 'Долбоор табылган жок',
    notFoundText:
      'Бул дарек боюнча долбоор жок. Даректе ката кетиши же долбоор жарыяланбай калышы мүмкүн.',
    allProjects: 'Бардык долбоорлор',
    about: 'Долбоор жөнүндө',
    partners: 'Өнөктөштөр жана донорлор',
    participants: 'Камтылган катышуучулар',
    participantsNote: 'Катышуучулардын саны билдирилген долбоордун иш-чаралары боюнча жыйынтык.',
    series: 'Иш-чаралар сериялары',
    seriesEvents: '{n} иш-чара',
    events: 'Иш-чаралар',
    eventsLoading: 'Иш-чаралар жүктөлүүдө…',
    noEvents: 'Долбоордун жарыяланган иш-чаралары азырынча жок.',
    allEvents: 'Долбоордун бардык иш-чаралары ({n})',
    articles: 'Макалалар',
    articlesLoading: 'Макалалар жүктөлүүдө…',
    noArticles: 'Долбоор тууралуу макалалар азырынча жок.',
    allArticles: 'Бардык макалалар',
    impact: 'Долбоордун жыйынтыктары сандарда',
  },
};

export default projects;
