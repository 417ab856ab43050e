const impact = {
  title: 'Результаты',
};

export default impact;
