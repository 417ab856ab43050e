import type { ContentMessages } from './ru';

const en: ContentMessages = {
  untitled: 'Untitled',
  loadFailed: 'The list could not be loaded.',
  slug: 'Page address (slug)',
  slugHint: 'Latin letters, digits and hyphens: {path}',
  preview: 'Preview',
  previewNote: 'Preview: the page as the site will show it, in any state.',
  previewLanguage: 'Preview language',
  backToEditor: 'Back to the editor',
  openPublic: 'Open on the site',
  newSide: 'Publishing and the version history appear after the first save.',
  sections: {
    texts: 'Texts',
    details: 'Details',
    media: 'Image',
    links: 'Links',
  },
  rows: {
    none: 'No rows yet.',
    remove: 'Remove: {name}',
    up: 'Move up: {name}',
    down: 'Move down: {name}',
  },
  links: {
    filter: 'Find in the list',
    chosen: 'Chosen: {count}',
    none: 'The list is empty.',
    noMatch: 'Nothing found.',
    missing: 'Item #{id}',
  },
  media: {
    choose: 'Choose an image',
    change: 'Replace the image',
    remove: 'Remove the image',
    none: 'No image chosen.',
  },
  coords: {
    latitude: 'Latitude',
    longitude: 'Longitude',
    hint: 'Decimal degrees, e.g. 42.8746 and 74.5698',
  },
  money: {
    amount: 'Amount',
    currency: 'Currency',
    currencyHint: 'Three-letter ISO code: KGS, USD, EUR',
  },
};

export default en;
