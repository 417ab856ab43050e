const ru = {
  title: 'Серии мероприятий',
  new: 'Новая серия',
  edit: 'Серия: {name}',
  back: 'Ко всем сериям',
  delete: 'Удалить серию',
  deleteConfirm: 'Удалить эту серию? Её мероприятия останутся, но без серии.',
  slugPath: '/events?series=<slug>',
  fields: { title: 'Название', description: 'Описание' },
  events: {
    heading: 'Мероприятия серии',
    hint: 'Порядок и принадлежность к серии задаются в самих мероприятиях (поле «Серия»).',
    none: 'В этой серии пока нет мероприятий.',
    position: '{n}.',
    loading: 'Загружаются мероприятия…',
    missing: 'Мероприятие #{id}',
  },
};

export type SeriesMessages = typeof ru;
export default ru;
