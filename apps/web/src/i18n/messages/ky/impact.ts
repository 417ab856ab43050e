import type { MessageSchema } from '../ru';

const impact: MessageSchema['impact'] = {
  title: 'Натыйжалар',
};

export default impact;
