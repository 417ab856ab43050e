const home = {
  title: 'Главная',
};

export default home;
