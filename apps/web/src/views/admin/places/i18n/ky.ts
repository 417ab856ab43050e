import type { PlacesMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: PlacesMessages = {
  title: 'Жерлер',
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
  },
};

export default ky;
