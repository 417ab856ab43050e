import type { PagesMessages } from './ru';

// Kyrgyz strings marked (?) want a native speaker's review.
const ky: PagesMessages = {
  title: 'Барактар',
  new: 'Жаңы барак',
  edit: 'Барак: {name}',
  back: 'Бардык барактарга', // (?)
  delete: 'Баракты өчүрүү',
  deleteConfirm: 'Бул барак өчүрүлсүнбү? Сайттагы ага шилтемелер иштебей калат.', // (?)
  preview: 'Баракты алдын ала көрүү', // (?)
  fields: {
    key: 'Ачкыч', // (?)
    keyHint: 'Сайт баракка шилтеме берген туруктуу аты: about, contacts', // (?)
    title: 'Аталышы',
    slug: 'Бул тилдеги дареги', // (?)
    slugHint: '/{locale}/pages/<дарек>: латын тамгалары, сандар жана дефис', // (?)
    body: 'Тексти',
    seoTitle: 'Издөө системалары үчүн аталышы', // (?)
    seoTitleHint: 'Бош болсо — барактын аталышы. 200 белгиге чейин.', // (?)
    seoDescription: 'Издөө системалары үчүн сүрөттөмө', // (?)
    seoDescriptionHint: 'Бир-эки сүйлөм, 400 белгиге чейин.', // (?)
  },
};

export default ky;
