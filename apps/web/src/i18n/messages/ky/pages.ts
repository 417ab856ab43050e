import type { MessageSchema } from '../ru';

const pages: MessageSchema['pages'] = {
  loading: 'Барак жүктөлүүдө…',
};

export default pages;
