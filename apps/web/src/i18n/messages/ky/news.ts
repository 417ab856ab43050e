import type { MessageSchema } from '../ru';

const news: MessageSchema['news'] = {
  title: 'Жаңылыктар',
  loading: 'Жаңылыктар жүктөлүүдө…',
  empty: 'Азырынча жаңылыктар жок.',
  emptyPage: 'Бул баракта эч нерсе жок.',
  firstPage: 'Биринчи баракка өтүү',
  retry: 'Кайра аракет кылуу',
  availableIn: {
    ky: 'Кыргыз тилинде жеткиликтүү',
    ru: 'Орус тилинде жеткиликтүү',
    en: 'Англис тилинде жеткиликтүү',
  },
};

export default news;
