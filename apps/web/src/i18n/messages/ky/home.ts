import type { MessageSchema } from '../ru';

const home: MessageSchema['home'] = {
  title: 'Башкы бет',
};

export default home;
