import type { MessageSchema } from '../ru';

const videos: MessageSchema['videos'] = {
  title: 'Видеолор',
};

export default videos;
