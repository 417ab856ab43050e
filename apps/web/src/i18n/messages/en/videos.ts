import type { MessageSchema } from '../ru';

const videos: MessageSchema['videos'] = {
  title: 'Videos',
};

export default videos;
