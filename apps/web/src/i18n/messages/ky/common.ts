import type { MessageSchema } from '../ru';

const common: Pick<MessageSchema, 'common' | 'site' | 'pagination' | 'errors' | 'notFound'> = {
  common: {
    loading: 'Жүктөлүүдө…',
    retry: 'Кайра аракет кылуу',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Негизги мазмунга өтүү',
    mainNav: 'Негизги меню',
    languages: 'Сайттын тили',
    apiDocs: 'Иштеп чыгуучулар үчүн API',
    copyright: '© {year} Jaryk',
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

export default common;
