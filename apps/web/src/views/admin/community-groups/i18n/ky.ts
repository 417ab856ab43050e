import type { GroupsMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: GroupsMessages = {
  title: 'Топтор',
  new: 'Жаңы топ',
  edit: 'Топ: {name}',
  back: 'Бардык топторго', // (?)
  delete: 'Топту өчүрүү',
  deleteConfirm: 'Бул топ өчүрүлсүнбү? Аны кайра калыбына келтирүүгө болбойт.', // (?)
  slugPath: '<slug>',
  sections: {
    group: 'Топ',
    where: 'Кайда',
    leader: 'Лидер',
    grants: 'Гранттар',
    members: 'Мүчө топтор', // (?)
    links: 'Иш-чаралар, долбоорлор, макалалар',
  },
  fields: {
    name: 'Аталышы',
    activities: 'Топ эмне менен алектенет', // (?)
    business: 'Топтун бизнеси', // (?)
    description: 'Сүрөттөмө',
    kind: 'Түрү',
    founded: 'Негизделген жылы', // (?)
    status: 'Абалы',
    cover: 'Мукаба', // (?)
    leaderName: 'Лидердин аты', // (?)
    leaderPublic: 'Атын сайтта көрсөтүү', // (?)
    leaderHint:
      '«Атын сайтта көрсөтүү» белгиленбесе, атты кызматкерлер гана көрөт. Лидер макул болсо гана белгилеңиз.', // (?)
    events: 'Топ катышкан иш-чаралар', // (?)
    projects: 'Долбоорлор',
    articles: 'Топ тууралуу айтылган макалалар', // (?)
    memberGroups: 'Ассоциацияга кирген топтор', // (?)
    associations: 'Кайсы ассоциацияларга кирет', // (?)
    associationsHint: 'Ассоциациянын редакторунда өзгөртүлөт.', // (?)
  },
  count: {
    self_help_group: 'Мүчөлөрдүн саны', // (?)
    children_self_help_group: 'Балдардын саны',
    association: 'Мүчө топтордогу адамдар', // (?)
    maternal_school: 'Балдардын саны',
    hint: 'Сан гана, адамдардын тизмеси эмес. Бош — белгисиз.', // (?)
  },
  kinds: {
    self_help_group: 'Өз ара жардам тобу', // (?)
    children_self_help_group: 'Балдардын өз ара жардам тобу', // (?)
    association: 'Топтордун ассоциациясы', // (?)
    maternal_school: 'Энелер мектеби', // (?)
  },
  statuses: { active: 'Иштеп жатат', closed: 'Жабылган' }, // (?)
  grant: {
    label: 'Алынган гранттар', // (?)
    row: 'Грант {n}',
    amount: 'Суммасы',
    amountHint: 'Мисалы 1500 же 1500,50',
    amountInvalid: 'Сумма: сандар, үтүрдөн кийин эки белгиден ашпасын.', // (?)
    funder: 'Донор (сайттагы уюм)', // (?)
    noFunder: '— тизмеде жок, атын жазуу —', // (?)
    funderName: 'Донор (аталышы)', // (?)
    year: 'Жылы',
    purpose: 'Эмнеге', // (?)
    add: 'Грант кошуу',
  },
  preview: {
    leader: 'Лидер',
    founded: 'Негизделген', // (?)
    members: 'Мүчө топтор', // (?)
    grants: 'Гранттар',
    events: 'Иш-чаралар',
    projects: 'Долбоорлор',
    articles: 'Макалалар',
    activities: 'Эмне менен алектенет', // (?)
    business: 'Бизнес',
  },
};

export default ky;
