import type { MessageSchema } from '../ru';

const organizations: MessageSchema['organizations'] = {
  title: 'Partners and donors',
};

export default organizations;
