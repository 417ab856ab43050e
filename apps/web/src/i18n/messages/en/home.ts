import type { MessageSchema } from '../ru';

const home: MessageSchema['home'] = {
  title: 'Home',
};

export default home;
