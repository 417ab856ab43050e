import type { MessageSchema } from '../ru';

const pages: MessageSchema['pages'] = {
  loading: 'Loading the page…',
};

export default pages;
