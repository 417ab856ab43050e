import type { MessageSchema } from '../ru';

const home: MessageSchema['home'] = {
  title: 'Башкы бет',
  slideshow: {
    label: 'Негизги материалдар', // "featured" (?)
    slide: '{count} ичинен {n}',
    pause: 'Слайд-шоуну токтотуу',
    play: 'Слайд-шоуну баштоо',
    previous: 'Мурунку слайд',
    next: 'Кийинки слайд',
    article: 'Макала',
    event: 'Иш-чара',
  },
  news: {
    heading: 'Акыркы жаңылыктар',
    all: 'Бардык жаңылыктар',
  },
  upcoming: {
    heading: 'Алдыдагы иш-чаралар',
    none: 'Азырынча алдыдагы иш-чаралар жок.',
  },
  recent: {
    heading: 'Акыркы иш-чаралар',
    none: 'Азырынча көрсөтө турган эч нерсе жок.',
    all: 'Бардык иш-чаралар',
  },
  impact: {
    heading: 'Биздин иш сандар менен',
    people: 'катышуучу',
    peopleFew: 'катышуучулар: 5тен аз',
    events: '{n} иш-чарада',
    more: 'Жыйынтыктар тууралуу кененирээк',
  },
  videos: {
    heading: 'Видео',
    all: 'Бардык видеолор',
  },
};

export default home;
