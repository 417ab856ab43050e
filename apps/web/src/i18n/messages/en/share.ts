import type { MessageSchema } from '../ru';

const share: MessageSchema['share'] = {
  heading: 'Share',
  on: 'Share on {network}',
  email: 'E-mail',
  emailLabel: 'Send by e-mail',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy. Select the link and copy it:',
  link: 'Link to this page',
  native: 'Share…',
};

export default share;
