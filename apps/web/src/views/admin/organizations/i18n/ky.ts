import type { OrganizationsMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: OrganizationsMessages = {
  title: 'Уюмдар',
  new: 'Жаңы уюм',
  edit: 'Уюм: {name}',
  back: 'Бардык уюмдарга', // (?)
  delete: 'Уюмду өчүрүү',
  deleteConfirm: 'Бул уюм өчүрүлсүнбү? Аны кайра калыбына келтирүүгө болбойт.', // (?)
  slugPath: '/partners#<slug>',
  fields: {
    name: 'Аталышы',
    shortName: 'Кыскача аталышы',
    description: 'Сүрөттөмө',
    kind: 'Түрү',
    website: 'Сайты',
    websiteHint: 'https:// менен башталган толук дареги', // (?)
    logo: 'Логотиби',
    place: 'Жайгашкан жери', // (?)
    footer: 'Логотипти сайттын төмөнкү бөлүгүндө көрсөтүү', // (?)
    footerOrder: 'Төмөнкү бөлүктөгү орду', // (?)
    footerOrderHint: 'Кичине сан — солго', // (?)
  },
  sections: { footer: 'Сайттын төмөнкү бөлүгү', place: 'Жери' }, // (?)
  kinds: {
    network: 'Тармак',
    ngo: 'КЭУ',
    crisis_centre: 'Кризистик борбор',
    association: 'Ассоциация',
    donor: 'Донор',
    state_body: 'Мамлекеттик орган',
    school: 'Мектеп',
    other: 'Башка',
  },
};

export default ky;
