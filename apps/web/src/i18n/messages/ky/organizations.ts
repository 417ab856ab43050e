import type { MessageSchema } from '../ru';

const organizations: MessageSchema['organizations'] = {
  title: 'Өнөктөштөр жана донорлор',
  intro:
    'Биз иштешкен уюмдар: донорлор, тармактар, коммерциялык эмес уюмдар, ассоциациялар жана мамлекеттик органдар.',
  loading: 'Өнөктөштөр жүктөлүүдө…',
  empty: 'Азырынча өнөктөштөр жок.',
  kinds: {
    donor: 'Донорлор',
    network: 'Тармактар',
    ngo: 'Коммерциялык эмес уюмдар',
    crisis_centre: 'Кризистик борборлор',
    association: 'Ассоциациялар',
    state_body: 'Мамлекеттик органдар',
    school: 'Мектептер',
    other: 'Башка уюмдар',
  },
  website: 'Сайт: {name}',
  events: 'Уюм катышкан иш-чаралар',
};

export default organizations;
