const events = {
  title: 'Мероприятия',
};

export default events;
