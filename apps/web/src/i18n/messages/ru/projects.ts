const projects = {
  title: 'Проекты',
};

export default projects;
