import type { MessageSchema } from '../ru';

const news: MessageSchema['news'] = {
  title: 'Жаңылыктар',
  loading: 'Жаңылыктар жүктөлүүдө…',
  empty: 'Азырынча жаңылыктар жок.',
  emptyPage: 'Бул баракта эч нерсе жок.',
  firstPage: 'Биринчи баракка өтүү',
  filters: {
    label: 'Жаңылыктарды издөө жана тандоо',
    q: 'Жаңылыктардан издөө',
    tag: 'Тема',
    allTags: 'Бардык темалар',
    tagOption: '{name} ({count})',
    apply: 'Көрсөтүү',
    clear: 'Тазалоо',
  },
  found: '{n} жаңылык табылды',
  noMatch: 'Эч нерсе табылган жок. Башка сөздөрдү же башка теманы тандап көрүңүз.',
  article: {
    loading: 'Макала жүктөлүүдө…',
    notFound: 'Макала табылган жок',
    notFoundText: 'Ал өчүрүлгөн болушу мүмкүн же даректе ката бар.',
    allNews: 'Бардык жаңылыктар',
    byline: 'Автор:',
    published: 'Жарыяланды',
    events: 'Макалада сөз болгон иш-чаралар',
    dateNotGiven: 'датасы көрсөтүлгөн эмес',
    tags: 'Темалар',
  },
};

export default news;
