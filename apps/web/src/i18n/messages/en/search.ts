import type { MessageSchema } from '../ru';

const search: MessageSchema['search'] = {
  title: 'Search',
  label: 'Search for',
  submit: 'Search',
  prompt: 'Type a word or a place name to find news and events.',
  loading: 'Searching…',
  summary: 'Results for “{q}”',
  news: 'News',
  events: 'Events',
  count: '{n} result | {n} results',
  none: 'Nothing found.',
  allNews: 'All news results',
  more: 'The first {shown} are shown.',
};

export default search;
