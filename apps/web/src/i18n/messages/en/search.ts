import type { MessageSchema } from '../ru';

const search: MessageSchema['search'] = {
  title: 'Search',
};

export default search;
