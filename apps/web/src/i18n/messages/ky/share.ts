import type { MessageSchema } from '../ru';

const share: MessageSchema['share'] = {};

export default share;
