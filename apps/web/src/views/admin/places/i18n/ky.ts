import type { PlacesMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: PlacesMessages = {
  title: 'Жерлер',
  new: 'Жаңы жер',
  loading: 'Жерлер жүктөлүүдө…',
  kinds: {
    country: 'Өлкө',
    oblast: 'Облус',
    city: 'Шаар',
    district: 'Район',
    rural_district: 'Айыл өкмөтү',
    settlement: 'Айыл',
  },
  picker: {
    label: 'Жери',
    search: 'Жерди издөө (каалаган тилде)', // (?)
    results: 'Табылды: {count}',
    none: 'Эч нерсе табылган жок',
    choose: 'Тандоо',
    selected: 'Тандалды: {path}',
    nothing: 'Жер тандалган жок', // (?)
    clear: 'Жерди алып салуу', // (?)
  },
  tree: {
    heading: 'Жерлердин дарагы', // (?)
    addChild: 'Ичине кошуу', // (?)
    addRoot: 'Өлкө кошуу',
    edit: 'Өзгөртүү',
    expand: '{name} ичиндегилерди көрсөтүү', // (?)
    collapse: '{name} ичиндегилерди жашыруу', // (?)
    events: 'иш-чаралар: {count}',
    addChildOf: '{name} ичине жер кошуу', // (?)
    filter: 'Дарактан издөө (каалаган тилде)', // (?)
    matches: 'Табылды: {count}',
    noMatch: 'Эч нерсе табылган жок',
    missing: 'Аталышы жок: {languages}', // (?)
    keys: 'Жогору жана төмөн жебелер — жерлердин ортосунда, оңго жана солго — ачуу жана жабуу.', // (?)
    collapseAll: 'Баарын жабуу', // (?)
  },
  edit: {
    newTitle: 'Жаңы жер',
    editTitle: 'Жер: {name}',
    name: 'Аталышы',
    kind: 'Түрү',
    slug: 'Дареги (slug)',
    parent: 'Кайсы жерде жайгашкан', // (?)
    move: 'Башка жерге жылдыруу', // (?)
    latitude: 'Кеңдик',
    longitude: 'Узундук',
    coordsHint: 'Ондук градустар, мисалы 42.8746 жана 74.5698', // (?)
    aliases: 'Башка жазылыштары (үтүр менен)', // (?)
    save: 'Сактоо',
    delete: 'Өчүрүү',
    deleteConfirm: 'Бул жер өчүрүлсүнбү?',
    back: 'Жерлердин дарагына', // (?)
    moveHint: 'Жер ичиндегилердин баары менен кошо жылат. Жерди өзүнүн ичине жылдырууга болбойт.', // (?)
    kindHint: 'Түрү ал жайгашкан жердин түрүнөн кичине болушу керек.', // (?)
    country: 'Жогорку деңгээл (өлкө)', // (?)
    slugHint: 'Латын тамгалары, сандар жана дефис', // (?)
    counts: 'Ичиндеги жерлер: {children}; бул жердеги иш-чаралар: {events}', // (?)
    inUse: 'Ичинде башка жерлер же иш-чаралар бар жерди өчүрүүгө болбойт.', // (?)
  },
};

export default ky;
