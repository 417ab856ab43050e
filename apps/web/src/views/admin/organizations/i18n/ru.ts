const ru = {
  title: 'Организации',
  new: 'Новая организация',
  edit: 'Организация: {name}',
  back: 'Ко всем организациям',
  delete: 'Удалить организацию',
  deleteConfirm: 'Удалить эту организацию? Восстановить её будет нельзя.',
  slugPath: '/partners#<slug>',
  fields: {
    name: 'Название',
    shortName: 'Краткое название',
    description: 'Описание',
    kind: 'Вид',
    website: 'Сайт',
    websiteHint: 'Полный адрес, начиная с https://',
    logo: 'Логотип',
    place: 'Где находится',
    footer: 'Показывать логотип в подвале сайта',
    footerOrder: 'Порядок в подвале',
    footerOrderHint: 'Меньшее число — левее',
  },
  sections: { footer: 'Подвал сайта', place: 'Место' },
  kinds: {
    network: 'Сеть',
    ngo: 'НКО',
    crisis_centre: 'Кризисный центр',
    association: 'Ассоциация',
    donor: 'Донор',
    state_body: 'Государственный орган',
    school: 'Школа',
    other: 'Другое',
  },
};

export type OrganizationsMessages = typeof ru;
export default ru;
