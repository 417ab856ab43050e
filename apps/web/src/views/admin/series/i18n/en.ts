import type { SeriesMessages } from './ru';

const en: SeriesMessages = {
  title: 'Event series',
  new: 'New series',
  edit: 'Series: {name}',
  back: 'Back to the series',
  delete: 'Delete the series',
  deleteConfirm: 'Delete this series? Its events stay, without a series.',
  slugPath: '/events?series=<slug>',
  fields: { title: 'Title', description: 'Description' },
  events: {
    heading: 'Events of the series',
    hint: 'Which events belong to the series, and in what order, is set on the events (the “Series” field).',
    none: 'No events in this series yet.',
    position: '{n}.',
    loading: 'Loading the events…',
    missing: 'Event #{id}',
  },
};

export default en;
