/** Static pages (about, contacts). */
const pages = {
  loading: 'Загружаем страницу…',
};

export default pages;
