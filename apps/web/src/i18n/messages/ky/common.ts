import type { MessageSchema } from '../ru';

// Кыргызча: a native speaker should check these; terms marked (?) are the least certain.
type Common = Pick<
  MessageSchema,
  'common' | 'site' | 'nav' | 'donors' | 'pagination' | 'fallback' | 'media' | 'errors' | 'notFound'
>;

const common: Common = {
  common: {
    loading: 'Жүктөлүүдө…',
    retry: 'Кайра аракет кылуу',
    opensInNewTab: '(жаңы өтмөктө ачылат)', // өтмөк = browser tab (?)
    fewerThanFive: '5тен аз',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Негизги мазмунга өтүү',
    mainNav: 'Негизги меню',
    menu: 'Меню',
    languages: 'Сайттын тили',
    footerNav: 'Уюм жөнүндө',
    apiDocs: 'Иштеп чыгуучулар үчүн API',
    copyright: '© {year} Jaryk',
  },
  nav: {
    home: 'Башкы бет',
    news: 'Жаңылыктар',
    events: 'Иш-чаралар',
    impact: 'Жыйынтыктар', // "results" (?)
    projects: 'Долбоорлор',
    groups: 'Топтор',
    partners: 'Өнөктөштөр',
    videos: 'Видео',
    about: 'Биз жөнүндө',
    search: 'Издөө',
  },
  donors: {
    heading: 'Донорлор жана өнөктөштөр',
  },
  pagination: {
    label: 'Барактар',
    previous: 'Мурунку барак',
    next: 'Кийинки барак',
    status: '{page}-барак, бардыгы {count}',
  },
  fallback: {
    short: {
      ky: 'Кыргыз тилинде',
      ru: 'Орус тилинде',
      en: 'Англис тилинде',
    },
    full: {
      ky: 'Бул текст кыргыз тилинде жеткиликтүү.',
      ru: 'Бул текст орус тилинде жеткиликтүү.',
      en: 'Бул текст англис тилинде жеткиликтүү.',
    },
  },
  media: {
    gallery: 'Сүрөттөр',
    play: 'Видеону көрүү: {title}',
    untitledVideo: 'Видео',
    onYoutube: 'YouTube’дан көрүү',
    youtubeNote: '«Көрүү» баскычын баскандан кийин гана видео YouTube’дан жүктөлөт.',
    document: 'Документ: {title}',
  },
  errors: {
    network: 'Сервер менен байланыш жок. Интернетке туташууңузду текшерип, кайра аракет кылыңыз.',
    server: 'Серверде убактылуу көйгөй бар. Бир мүнөттөн кийин кайра аракет кылыңыз.',
    request: 'Маалыматты жүктөө мүмкүн болгон жок. Кайра аракет кылыңыз.',
  },
  notFound: {
    title: 'Барак табылган жок',
    text: 'Даректе ката кетиши же барак башка жерге көчүрүлүшү мүмкүн.',
    home: 'Жаңылыктарга өтүү',
  },
};

export default common;
