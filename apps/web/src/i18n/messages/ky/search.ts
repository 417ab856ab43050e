import type { MessageSchema } from '../ru';

const search: MessageSchema['search'] = {
  title: 'Издөө',
  label: 'Эмнени издейсиз',
  submit: 'Издөө',
  prompt: 'Жаңылыктарды жана иш-чараларды табуу үчүн сөздү же жердин атын жазыңыз.',
  loading: 'Изделүүдө…',
  summary: '«{q}» боюнча жыйынтыктар',
  news: 'Жаңылыктар',
  events: 'Иш-чаралар',
  count: '{n} жыйынтык',
  none: 'Эч нерсе табылган жок.',
  allNews: 'Табылган бардык жаңылыктар',
  more: 'Алгачкы {shown} көрсөтүлдү.',
};

export default search;
