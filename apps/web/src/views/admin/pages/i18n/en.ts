import type { PagesMessages } from './ru';

const en: PagesMessages = {
  title: 'Pages',
  new: 'New page',
  edit: 'Page: {name}',
  back: 'Back to the pages',
  delete: 'Delete the page',
  deleteConfirm: 'Delete this page? Links to it on the site will stop working.',
  preview: 'Page preview',
  fields: {
    key: 'Key',
    keyHint: 'The stable name the site links to the page by: about, contacts',
    title: 'Title',
    slug: 'Address in this language',
    slugHint: '/{locale}/pages/<address>: Latin letters, digits and hyphens',
    body: 'Text',
    seoTitle: 'Title for search engines',
    seoTitleHint: 'Empty: the page title. Up to 200 characters.',
    seoDescription: 'Description for search engines',
    seoDescriptionHint: 'One or two sentences, up to 400 characters.',
  },
};

export default en;
