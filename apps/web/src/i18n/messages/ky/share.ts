import type { MessageSchema } from '../ru';

const share: MessageSchema['share'] = {
  heading: 'Бөлүшүү',
  on: '{network} аркылуу бөлүшүү',
  email: 'E-mail',
  emailLabel: 'Электрондук почта аркылуу жөнөтүү',
  copy: 'Шилтемени көчүрүү',
  copied: 'Шилтеме көчүрүлдү.',
  copyFailed: 'Көчүрүү мүмкүн болгон жок. Шилтемени белгилеп, көчүрүп алыңыз:',
  link: 'Бул барактын шилтемеси',
  native: 'Бөлүшүү…',
};

export default share;
