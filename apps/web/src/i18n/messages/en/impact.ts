import type { MessageSchema } from '../ru';

const impact: MessageSchema['impact'] = {
  title: 'Impact',
};

export default impact;
