import type { MessageSchema } from '../ru';

const search: MessageSchema['search'] = {
  title: 'Издөө',
};

export default search;
