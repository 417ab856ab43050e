import type { ProjectsMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: ProjectsMessages = {
  title: 'Долбоорлор',
  new: 'Жаңы долбоор',
  edit: 'Долбоор: {name}',
  back: 'Бардык долбоорлорго', // (?)
  delete: 'Долбоорду өчүрүү',
  deleteConfirm: 'Бул долбоор өчүрүлсүнбү? Аны кайра калыбына келтирүүгө болбойт.', // (?)
  slugPath: '/projects/<slug>',
  sections: {
    period: 'Түрү жана мөөнөтү', // (?)
    partners: 'Өнөктөштөр',
    record: 'Долбоордун паспорту', // (?)
    links: 'Макалалар жана топтор', // (?)
  },
  fields: {
    title: 'Аталышы',
    summary: 'Кыскача',
    description: 'Сүрөттөмө',
    goal: 'Максаты',
    kind: 'Түрү',
    startsOn: 'Башталышы',
    endsOn: 'Аякташы',
    cover: 'Мукаба', // (?)
    articles: 'Долбоор тууралуу макалалар', // (?)
    groups: 'Долбоордун топтору', // (?)
  },
  kinds: { project: 'Долбоор', initiative: 'Демилге' },
  roles: {
    lead: 'Жетектөөчү уюм', // (?)
    initiator: 'Демилгечи',
    partner: 'Өнөктөш',
    funder: 'Донор',
    supporter: 'Колдоочу', // (?)
  },
  partner: {
    label: 'Өнөктөштөр жана алардын ролдору', // (?)
    row: 'Өнөктөш {n}',
    organization: 'Уюм',
    role: 'Ролу',
    choose: '— тандаңыз —',
    add: 'Өнөктөш кошуу',
  },
  phases: {
    label: 'Фазалар', // (?)
    hint: 'Долбоор аларды кандай атаса ошондой: I, II…; даталарды жазбаса да болот.', // (?)
    row: 'Фаза {n}', // (?)
    name: 'Фазанын аталышы', // (?)
    startsOn: 'Баштап',
    endsOn: 'Чейин',
    add: 'Фаза кошуу', // (?)
  },
  budget: {
    label: 'Бюджет',
    hint: 'Сумма бош болсо — бюджет көрсөтүлгөн эмес.', // (?)
  },
  indicators: {
    label: 'Көрсөткүчтөр',
    hint: 'Долбоордун жыйынтыктары: «40 энелер мектеби». Жок дегенде бир тилде жазуу.', // (?)
    row: 'Көрсөткүч {n}',
    value: 'Мааниси',
    labelIn: 'Жазуусу ({language})', // (?)
    unitIn: 'Бирдиги ({language})', // (?)
    add: 'Көрсөткүч кошуу',
  },
  preview: {
    period: 'Мөөнөтү',
    budget: 'Бюджет',
    goal: 'Максаты',
    phases: 'Фазалар', // (?)
    indicators: 'Жыйынтыктар',
    partners: 'Өнөктөштөр',
  },
};

export default ky;
