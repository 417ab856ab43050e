/** Russian strings of the places area (the shape ky.ts and en.ts must match). */
const ru = {
  title: 'Места',
  loading: 'Загрузка мест…',
  kinds: {
    country: 'Страна',
    oblast: 'Область',
    city: 'Город',
    district: 'Район',
    rural_district: 'Айыл окмоту',
    settlement: 'Село',
  },
  picker: {
    label: 'Место',
    search: 'Найти место (на любом языке)',
    results: 'Найдено: {count}',
    none: 'Ничего не найдено',
    choose: 'Выбрать',
    selected: 'Выбрано: {path}',
    nothing: 'Место не выбрано',
    clear: 'Убрать место',
  },
  tree: {
    heading: 'Дерево мест',
    addChild: 'Добавить внутрь',
    addRoot: 'Добавить страну',
    edit: 'Изменить',
    expand: 'Показать вложенные: {name}',
    collapse: 'Скрыть вложенные: {name}',
    events: 'событий: {count}',
  },
  edit: {
    newTitle: 'Новое место',
    editTitle: 'Место: {name}',
    name: 'Название',
    kind: 'Тип',
    slug: 'Адрес (slug)',
    parent: 'Находится в',
    move: 'Переместить в другое место',
    latitude: 'Широта',
    longitude: 'Долгота',
    coordsHint: 'Десятичные градусы, например 42.8746 и 74.5698',
    aliases: 'Другие написания (через запятую)',
    save: 'Сохранить',
    delete: 'Удалить',
    deleteConfirm: 'Удалить это место?',
    back: 'К дереву мест',
  },
};

export type PlacesMessages = typeof ru;
export default ru;
