import type { MessageSchema } from '../ru';

const projects: MessageSchema['projects'] = {
  title: 'Projects',
};

export default projects;
