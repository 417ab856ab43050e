/** The news list and an article's page. */
const news = {
  title: 'Новости',
  loading: 'Загружаем новости…',
  empty: 'Новостей пока нет.',
  emptyPage: 'На этой странице ничего нет.',
  firstPage: 'К первой странице',
  filters: {
    label: 'Поиск и отбор новостей',
    q: 'Искать в новостях',
    tag: 'Тема',
    allTags: 'Все темы',
    tagOption: '{name} ({count})',
    apply: 'Показать',
    clear: 'Сбросить',
  },
  found: 'Найдена {n} новость | Найдено {n} новости | Найдено {n} новостей | Найдено {n} новости',
  noMatch: 'Ничего не нашлось. Попробуйте другие слова или другую тему.',
  article: {
    loading: 'Загружаем статью…',
    notFound: 'Статья не найдена',
    notFoundText: 'Возможно, её убрали или в адресе опечатка.',
    allNews: 'Все новости',
    byline: 'Автор:',
    published: 'Опубликовано',
    events: 'Мероприятия, о которых эта статья',
    dateNotGiven: 'дата не указана',
    tags: 'Темы',
  },
};

export default news;
