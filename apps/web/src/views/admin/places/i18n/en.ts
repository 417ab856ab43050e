import type { PlacesMessages } from './ru';

const en: PlacesMessages = {
  title: 'Places',
  loading: 'Loading places…',
  kinds: {
    country: 'Country',
    oblast: 'Oblast',
    city: 'City',
    district: 'District',
    rural_district: 'Rural district (aiyl okmotu)',
    settlement: 'Village',
  },
  picker: {
    label: 'Place',
    search: 'Find a place (in any language)',
    results: 'Found: {count}',
    none: 'Nothing found',
    choose: 'Choose',
    selected: 'Chosen: {path}',
    nothing: 'No place chosen',
    clear: 'Remove the place',
  },
  tree: {
    heading: 'Place tree',
    addChild: 'Add inside',
    addRoot: 'Add a country',
    edit: 'Edit',
    expand: 'Show places in {name}',
    collapse: 'Hide places in {name}',
    events: '{count} events',
  },
  edit: {
    newTitle: 'New place',
    editTitle: 'Place: {name}',
    name: 'Name',
    kind: 'Kind',
    slug: 'Address (slug)',
    parent: 'Lies in',
    move: 'Move to another place',
    latitude: 'Latitude',
    longitude: 'Longitude',
    coordsHint: 'Decimal degrees, e.g. 42.8746 and 74.5698',
    aliases: 'Other spellings (comma-separated)',
    save: 'Save',
    delete: 'Delete',
    deleteConfirm: 'Delete this place?',
    back: 'Back to the place tree',
  },
};

export default en;
