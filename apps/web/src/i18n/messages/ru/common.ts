/** Strings used across the whole site. */
const common = {
  common: {
    loading: 'Загрузка…',
    retry: 'Попробовать ещё раз',
  },
  site: {
    name: 'Jaryk',
    skipLink: 'Перейти к основному содержанию',
    mainNav: 'Основное меню',
    languages: 'Язык сайта',
    apiDocs: 'API для разработчиков',
    copyright: '© {year} Jaryk',
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

export default common;
