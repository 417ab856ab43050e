import type { ContentMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: ContentMessages = {
  untitled: 'Аталышы жок',
  loadFailed: 'Тизме жүктөлгөн жок.', // (?)
  slug: 'Барактын дареги (slug)',
  slugHint: 'Латын тамгалары, сандар жана дефис: {path}', // (?)
  preview: 'Алдын ала көрүү',
  previewNote: 'Алдын ала көрүү: барак сайтта ушундай көрүнөт, каалаган абалда.', // (?)
  previewLanguage: 'Алдын ала көрүү тили', // (?)
  backToEditor: 'Редакторго кайтуу',
  openPublic: 'Сайттан ачуу', // (?)
  newSide: 'Жарыялоо жана версиялардын тарыхы биринчи сактоодон кийин пайда болот.', // (?)
  sections: {
    texts: 'Тексттер',
    details: 'Негизги маалымат', // (?)
    media: 'Сүрөт',
    links: 'Байланыштар', // (?)
  },
  rows: {
    none: 'Азырынча бир да сап жок.', // (?)
    remove: 'Өчүрүү: {name}',
    up: 'Жогору: {name}', // (?)
    down: 'Төмөн: {name}', // (?)
  },
  links: {
    filter: 'Тизмеден издөө', // (?)
    chosen: 'Тандалды: {count}',
    none: 'Тизме бош.',
    noMatch: 'Эч нерсе табылган жок',
    missing: 'Жазуу #{id}', // (?)
  },
  media: {
    choose: 'Сүрөт тандоо',
    change: 'Сүрөттү алмаштыруу', // (?)
    remove: 'Сүрөттү алып салуу', // (?)
    none: 'Сүрөт тандалган жок.',
  },
  coords: {
    latitude: 'Кеңдик',
    longitude: 'Узундук',
    hint: 'Ондук градустар, мисалы 42.8746 жана 74.5698', // (?)
  },
  money: {
    amount: 'Суммасы',
    currency: 'Валюта',
    currencyHint: 'Үч тамгалуу ISO коду: KGS, USD, EUR', // (?)
  },
};

export default ky;
