import type { MessageSchema } from '../ru';

const events: MessageSchema['events'] = {
  title: 'Events',
};

export default events;
