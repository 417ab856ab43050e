/** Partners and donors: the organizations the NGO works with. */
const organizations = {
  title: 'Партнёры и доноры',
  intro:
    'Организации, с которыми мы работаем: доноры, сети, НКО, ассоциации и государственные органы.',
  loading: 'Загрузка партнёров…',
  empty: 'Партнёров пока нет.',
  kinds: {
    donor: 'Доноры',
    network: 'Сети',
    ngo: 'Некоммерческие организации',
    crisis_centre: 'Кризисные центры',
    association: 'Ассоциации',
    state_body: 'Государственные органы',
    school: 'Школы',
    other: 'Другие организации',
  },
  website: 'Сайт: {name}',
  events: 'Мероприятия с участием организации',
};

export default organizations;
