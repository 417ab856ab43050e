/** Strings shared by the content editors (organizations, projects, series, places, pages, groups). */
const ru = {
  untitled: 'Без названия',
  loadFailed: 'Не удалось загрузить список.',
  slug: 'Адрес страницы (slug)',
  slugHint: 'Латинские буквы, цифры и дефисы: {path}',
  preview: 'Предпросмотр',
  previewNote: 'Предпросмотр: так страница будет выглядеть на сайте, в любом состоянии.',
  previewLanguage: 'Язык предпросмотра',
  backToEditor: 'Вернуться к редактору',
  openPublic: 'Открыть на сайте',
  newSide: 'Публикация и история версий появятся после первого сохранения.',
  sections: {
    texts: 'Тексты',
    details: 'Основное',
    media: 'Изображение',
    links: 'Связи',
  },
  rows: {
    none: 'Пока нет ни одной строки.',
    remove: 'Удалить: {name}',
    up: 'Выше: {name}',
    down: 'Ниже: {name}',
  },
  links: {
    filter: 'Найти в списке',
    chosen: 'Выбрано: {count}',
    none: 'Список пуст.',
    noMatch: 'Ничего не найдено.',
    missing: 'Запись #{id}',
  },
  media: {
    choose: 'Выбрать изображение',
    change: 'Заменить изображение',
    remove: 'Убрать изображение',
    none: 'Изображение не выбрано.',
  },
  coords: {
    latitude: 'Широта',
    longitude: 'Долгота',
    hint: 'Десятичные градусы, например 42.8746 и 74.5698',
  },
  money: {
    amount: 'Сумма',
    currency: 'Валюта',
    currencyHint: 'Код ISO из трёх букв: KGS, USD, EUR',
  },
};

export type ContentMessages = typeof ru;
export default ru;
