import type { MessageSchema } from '../ru';

const organizations: MessageSchema['organizations'] = {
  title: 'Partners and donors',
  intro: 'The organizations we work with: donors, networks, NGOs, associations and state bodies.',
  loading: 'Loading partners…',
  empty: 'No partners yet.',
  kinds: {
    donor: 'Donors',
    network: 'Networks',
    ngo: 'Non-governmental organizations',
    crisis_centre: 'Crisis centres',
    association: 'Associations',
    state_body: 'State bodies',
    school: 'Schools',
    other: 'Other organizations',
  },
  website: 'Website: {name}',
  events: 'Events with this organization',
};

export default organizations;
