import type { MessageSchema } from '../ru';

const events: MessageSchema['events'] = {
  title: 'Иш-чаралар',
};

export default events;
