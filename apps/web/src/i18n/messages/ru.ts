/**
 * Russian UI strings. This file defines the shape every language must match (see ../index.ts);
 * vue-i18n syntax: `{name}` is a placeholder; `@`, `|`, `{` and `}` are special.
 */
const ru = {
  site: {
    name: 'Jaryk',
    skipLink: 'Перейти к основному содержанию',
    mainNav: 'Основное меню',
    languages: 'Язык сайта',
    apiDocs: 'API для разработчиков',
    copyright: '© {year} Jaryk',
  },
  news: {
    title: 'Новости',
    loading: 'Загружаем новости…',
    empty: 'Новостей пока нет.',
    emptyPage: 'На этой странице ничего нет.',
    firstPage: 'К первой странице',
    retry: 'Попробовать ещё раз',
    availableIn: {
      ky: 'Доступно на кыргызском языке',
      ru: 'Доступно на русском языке',
      en: 'Доступно на английском языке',
    },
  },
  pagination: {
    label: 'Страницы',
    previous: 'Предыдущая страница',
    next: 'Следующая страница',
    status: 'Страница {page} из {count}',
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

export default ru;
export type MessageSchema = typeof ru;
