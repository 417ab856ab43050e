const search = {
  title: 'Поиск',
};

export default search;
