import type { MessageSchema } from './ru';

/**
 * Kyrgyz UI strings.
 * (?) Written without a native speaker: every string here wants a native speaker's check
 * (docs: DOMAIN.md). Remove this note once they have been reviewed.
 */
const ky: MessageSchema = {
  site: {
    name: 'Jaryk',
    skipLink: 'Негизги мазмунга өтүү',
    mainNav: 'Негизги меню',
    languages: 'Сайттын тили',
    apiDocs: 'Иштеп чыгуучулар үчүн API',
    copyright: '© {year} Jaryk',
  },
  news: {
    title: 'Жаңылыктар',
    loading: 'Жаңылыктар жүктөлүүдө…',
    empty: 'Азырынча жаңылыктар жок.',
    emptyPage: 'Бул баракта эч нерсе жок.',
    firstPage: 'Биринчи баракка өтүү',
    retry: 'Кайра аракет кылуу',
    availableIn: {
      ky: 'Кыргыз тилинде жеткиликтүү',
      ru: 'Орус тилинде жеткиликтүү',
      en: 'Англис тилинде жеткиликтүү',
    },
  },
  pagination: {
    label: 'Барактар',
    previous: 'Мурунку барак',
    next: 'Кийинки барак',
    status: '{page}-барак, бардыгы {count}',
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

export default ky;
