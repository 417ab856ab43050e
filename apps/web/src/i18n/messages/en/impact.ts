import type { MessageSchema } from '../ru';

const impact: MessageSchema['impact'] = {
  title: 'Impact',
  intro: 'How many people took part in our events — by group, oblast, year, project and partner.',
  privacy:
    'So that no participant can be identified, counts from 1 to 4 are not published and are shown as “fewer than 5”.',
  loading: 'Loading the figures…',
  empty: 'No events match these filters.',
  fewerThanFive: 'fewer than 5',
  summary: '{events} events, {withCounts} of them reported participants.',
  totalReached: 'Participants in total',
  contents: 'On this page',
  by: {
    group: 'By group of participants',
    region: 'By oblast and city',
    district: 'By district',
    year: 'By year',
    project: 'By project',
    partner: 'By partner',
  },
  column: {
    region: 'Oblast or city',
    district: 'District',
    year: 'Year',
    project: 'Project',
    partner: 'Partner',
    group: 'Group',
    participants: 'Participants',
    events: 'Events',
  },
  caption: {
    group: 'Participants by group',
    region: 'Participants by oblast and city',
    district: 'Participants by district',
    year: 'Participants by year',
    project: 'Participants by project',
    partner: 'Participants by partner',
  },
  noKey: {
    region: 'Place not given',
    district: 'District not given',
    year: 'Date not given',
    project: 'No project',
    partner: 'No partner',
  },
  totalRow: 'Total',
  projectNote:
    'An event may belong to several projects and have several partners, so the rows may add up to more than the total.',
};

export default impact;
