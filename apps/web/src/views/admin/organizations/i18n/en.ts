import type { OrganizationsMessages } from './ru';

const en: OrganizationsMessages = {
  title: 'Organizations',
  new: 'New organization',
  edit: 'Organization: {name}',
  back: 'Back to the organizations',
  delete: 'Delete the organization',
  deleteConfirm: 'Delete this organization? It cannot be restored.',
  slugPath: '/partners#<slug>',
  fields: {
    name: 'Name',
    shortName: 'Short name',
    description: 'Description',
    kind: 'Kind',
    website: 'Website',
    websiteHint: 'The full address, starting with https://',
    logo: 'Logo',
    place: 'Where it is',
    footer: 'Show the logo in the site footer',
    footerOrder: 'Order in the footer',
    footerOrderHint: 'Smaller numbers come first',
  },
  sections: { footer: 'Site footer', place: 'Place' },
  kinds: {
    network: 'Network',
    ngo: 'NGO',
    crisis_centre: 'Crisis centre',
    association: 'Association',
    donor: 'Donor',
    state_body: 'State body',
    school: 'School',
    other: 'Other',
  },
};

export default en;
