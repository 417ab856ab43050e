/** Projects and initiatives: the list and a project's page. */
const projects = {
  title: 'Проекты',
  intro: 'Проекты, которые поддерживают доноры, и инициативы организации.',
  loading: 'Загрузка проектов…',
  empty: 'Проектов пока нет.',
  kind: {
    project: 'Проект',
    initiative: 'Инициатива',
  },
  kinds: {
    project: 'Проекты',
    initiative: 'Инициативы',
  },
  period: 'Сроки',
  periodRange: '{from} — {to}',
  periodFrom: 'с {from}',
  periodUntil: 'до {to}',
  periodNotGiven: 'сроки не указаны',
  role: {
    lead: 'Ведущая организация',
    initiator: 'Инициатор',
    partner: 'Партнёр',
    funder: 'Донор',
    supporter: 'Поддержка',
  },
  project: {
    loading: 'Загрузка проекта…',
    notFoundTitle: 'Проект не найден',
    notFoundText:
      'По этому адресу нет проекта. Возможно, в адресе опечатка или проект сняли с публикации.',
    allProjects: 'Все проекты',
    about: 'О проекте',
    partners: 'Партнёры и доноры',
    participants: 'Охват участников',
    participantsNote: 'Сумма по мероприятиям проекта, где сообщалось число участников.',
    series: 'Серии мероприятий',
    seriesEvents: '{n} мероприятие | {n} мероприятия | {n} мероприятий | {n} мероприятия',
    events: 'Мероприятия',
    eventsLoading: 'Загрузка мероприятий…',
    noEvents: 'У проекта пока нет опубликованных мероприятий.',
    allEvents: 'Все мероприятия проекта ({n})',
    articles: 'Публикации',
    articlesLoading: 'Загрузка публикаций…',
    noArticles: 'Публикаций о проекте пока нет.',
    allArticles: 'Все публикации',
    impact: 'Результаты проекта в цифрах',
  },
};

export default projects;
