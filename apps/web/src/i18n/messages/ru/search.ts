/** Search across news and events. */
const search = {
  title: 'Поиск',
  label: 'Что искать',
  submit: 'Найти',
  prompt: 'Введите слово или название места, чтобы найти новости и мероприятия.',
  loading: 'Ищем…',
  summary: 'Результаты по запросу «{q}»',
  news: 'Новости',
  events: 'Мероприятия',
  count: '{n} результат | {n} результата | {n} результатов | {n} результата',
  none: 'Ничего не найдено.',
  allNews: 'Все найденные новости',
  more: 'Показаны первые {shown}.',
};

export default search;
