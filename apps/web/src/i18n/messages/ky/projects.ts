import type { MessageSchema } from '../ru';

const projects: MessageSchema['projects'] = {
  title: 'Долбоорлор',
};

export default projects;
