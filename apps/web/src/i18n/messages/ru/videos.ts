const videos = {
  title: 'Видео',
};

export default videos;
