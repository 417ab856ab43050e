import type { MessageSchema } from '../ru';

const organizations: MessageSchema['organizations'] = {
  title: 'Өнөктөштөр жана донорлор',
};

export default organizations;
