/** The videos page. */
const videos = {
  title: 'Видео',
  loading: 'Загружаем видео…',
  empty: 'Видео пока нет.',
  intro: 'Видео хранятся на YouTube. Ничего не загружается оттуда, пока вы не нажмёте «Смотреть».',
};

export default videos;
