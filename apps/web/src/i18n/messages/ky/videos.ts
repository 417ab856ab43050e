import type { MessageSchema } from '../ru';

const videos: MessageSchema['videos'] = {
  title: 'Видео',
  loading: 'Видеолор жүктөлүүдө…',
  empty: 'Азырынча видео жок.',
  intro:
    'Видеолор YouTube’да сакталат. «Көрүү» баскычын баспасаңыз, ал жактан эч нерсе жүктөлбөйт.',
};

export default videos;
