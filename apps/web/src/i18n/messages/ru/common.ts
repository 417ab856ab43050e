/** Strings used across the whole site: the layout, shared components, errors. */
const common = {
  common: {
    loading: 'Загрузка…',
    retry: 'Попробовать ещё раз',
    opensInNewTab: '(откроется в новой вкладке)',
    fewerThanFive: 'менее 5',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Перейти к основному содержанию',
    mainNav: 'Основное меню',
    menu: 'Меню',
    languages: 'Язык сайта',
    footerNav: 'Об организации',
    apiDocs: 'API для разработчиков',
    copyright: '© {year} Jaryk',
  },
  nav: {
    home: 'Главная',
    news: 'Новости',
    events: 'Мероприятия',
    impact: 'Результаты',
    projects: 'Проекты',
    groups: 'Группы',
    partners: 'Партнёры',
    videos: 'Видео',
    about: 'О нас',
    search: 'Поиск',
  },
  donors: {
    heading: 'Доноры и партнёры',
  },
  pagination: {
    label: 'Страницы',
    previous: 'Предыдущая страница',
    next: 'Следующая страница',
    status: 'Страница {page} из {count}',
  },
  /** A text shown in another language than the one asked for (FallbackNote.vue). */
  fallback: {
    short: {
      ky: 'На кыргызском языке',
      ru: 'На русском языке',
      en: 'На английском языке',
    },
    full: {
      ky: 'Этот текст доступен на кыргызском языке.',
      ru: 'Этот текст доступен на русском языке.',
      en: 'Этот текст доступен на английском языке.',
    },
  },
  media: {
    gallery: 'Фотографии',
    play: 'Смотреть видео: {title}',
    untitledVideo: 'Видео',
    onYoutube: 'Смотреть на YouTube',
    youtubeNote: 'Видео загрузится с YouTube, когда вы нажмёте «Смотреть».',
    document: 'Документ: {title}',
  },
  errors: {
    network: 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.',
    server: 'Сервер сейчас не отвечает как нужно. Попробуйте ещё раз через минуту.',
    request: 'Не удалось загрузить данные. Попробуйте ещё раз.',
  },
  notFound: {
    title: 'Страница не найдена',
    text: 'Возможно, в адресе опечатка или страница переехала.',
    home: 'Перейти к новостям',
  },
};

export default common;
