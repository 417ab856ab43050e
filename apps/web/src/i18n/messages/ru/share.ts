/** Share links under an article or an event (components/ShareLinks.vue). */
const share = {
  heading: 'Поделиться',
  on: 'Поделиться в {network}',
  email: 'E-mail',
  emailLabel: 'Отправить по электронной почте',
  copy: 'Скопировать ссылку',
  copied: 'Ссылка скопирована.',
  copyFailed: 'Не удалось скопировать. Выделите ссылку и скопируйте её:',
  link: 'Ссылка на страницу',
  native: 'Поделиться…',
};

export default share;
