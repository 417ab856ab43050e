import type { MessageSchema } from '../ru';

const pages: MessageSchema['pages'] = {};

export default pages;
