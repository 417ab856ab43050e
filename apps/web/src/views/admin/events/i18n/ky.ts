import type { EventsMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: EventsMessages = {
  title: 'Иш-чаралар',
  new: 'Жаңы иш-чара',
  edit: 'Иш-чара: {name}',
  untitled: 'Аталышы жок',
  loading: 'Иш-чара жүктөлүүдө…',
  sections: {
    texts: 'Тексттер',
    when: 'Качан',
    where: 'Кайда',
    kind: 'Формат',
    participants: 'Катышуучулар',
    partners: 'Өнөктөштөр',
    links: 'Серия, долбоорлор, макалалар',
    media: 'Мукаба жана галерея', // (?)
  },
  fields: {
    title: 'Аталышы',
    summary: 'Кыскача',
    description: 'Сүрөттөмө',
    venueName: 'Өткөрүлүүчү жер', // (?)
    venueAddress: 'Дареги',
    audience: 'Кимдер үчүн',
    facilitator: 'Алып баруучулар',
    slug: 'Барактын дареги (slug)',
    slugHint: 'Латын тамгалары, дефис менен: /events/<slug>', // (?)
    startDate: 'Башталган күнү',
    startTime: 'Башталган убактысы',
    endDate: 'Бүткөн күнү',
    endTime: 'Бүткөн убактысы',
    timeHint:
      'Күнү белгисиз болушу мүмкүн — бош калтырыңыз. Убакыт жок болсо, 00:00 деп эсептелет.', // (?)
    timeZone: 'Саат алкагы', // (?)
    format: 'Формат',
    attendanceMode: 'Кантип өтөт', // (?)
    latitude: 'Кеңдик',
    longitude: 'Узундук',
  },
  formats: {
    workshop: 'Семинар',
    training: 'Тренинг',
    meeting: 'Жолугушуу',
    campaign: 'Кампания',
    conference: 'Конференция',
    other: 'Башка',
  },
  modes: { in_person: 'Күндүзгү', online: 'Онлайн', mixed: 'Аралаш' }, // (?)
  groups: {
    women: 'Аялдар',
    girls: 'Кыздар',
    men: 'Эркектер',
    boys: 'Балдар',
    unspecified: 'Көрсөтүлгөн эмес',
  },
  participantsHint: 'Бош талаа — эсептелген эмес; 0 — эч ким.', // (?)
  total: 'Баары: {count}',
  roles: {
    organizer: 'Уюштуруучу',
    co_organizer: 'Биргелешкен уюштуруучу',
    host: 'Кабыл алуучу тарап', // (?)
    funder: 'Донор',
    supporter: 'Колдоо',
    partner: 'Өнөктөш',
  },
  partner: {
    organization: 'Уюм',
    role: 'Ролу',
    add: 'Өнөктөш кошуу',
    remove: '{n}-өнөктөштү алып салуу', // (?)
    row: 'Өнөктөш {n}',
    none: 'Өнөктөштөр жок.',
    choose: '— тандаңыз —',
  },
  series: 'Серия',
  noSeries: '— сериясыз —', // (?)
  position: 'Сериядагы номери',
  projects: 'Долбоорлор',
  articles: 'Иш-чара тууралуу макалалар',
  cover: 'Мукаба', // (?)
  chooseCover: 'Мукаба тандоо', // (?)
  removeCover: 'Мукабаны алып салуу', // (?)
  gallery: 'Галерея',
  addToGallery: 'Галереяга кошуу',
  removeFromGallery: 'Галереядан алып салуу: {name}',
  mediaItem: 'Файл №{id}',
  save: 'Сактоо',
  saving: 'Сакталууда…',
  preview: 'Алдын ала көрүү',
  openPublic: 'Сайттан ачуу', // (?)
  newSide: 'Жарыялоо жана версиялардын тарыхы биринчи сактоодон кийин пайда болот.', // (?)
  delete: 'Иш-чараны өчүрүү',
  deleteConfirm: 'Бул иш-чара өчүрүлсүнбү? Аны калыбына келтирүүгө болбойт.', // (?)
  back: 'Иш-чаралардын тизмесине',
  unsaved: 'Сакталбаган өзгөртүүлөр бар', // (?)
};

export default ky;
