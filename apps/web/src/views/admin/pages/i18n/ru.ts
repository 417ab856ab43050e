const ru = {
  title: 'Страницы',
  new: 'Новая страница',
  edit: 'Страница: {name}',
  back: 'Ко всем страницам',
  delete: 'Удалить страницу',
  deleteConfirm: 'Удалить эту страницу? Ссылки на неё на сайте перестанут работать.',
  preview: 'Предпросмотр страницы',
  fields: {
    key: 'Ключ',
    keyHint: 'Постоянное имя, по которому сайт ссылается на страницу: about, contacts',
    title: 'Заголовок',
    slug: 'Адрес на этом языке',
    slugHint: '/{locale}/pages/<адрес>: латинские буквы, цифры и дефисы',
    body: 'Текст',
    seoTitle: 'Заголовок для поисковиков',
    seoTitleHint: 'Если пусто — заголовок страницы. До 200 знаков.',
    seoDescription: 'Описание для поисковиков',
    seoDescriptionHint: 'Одно-два предложения, до 400 знаков.',
  },
};

export type PagesMessages = typeof ru;
export default ru;
