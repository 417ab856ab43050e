import type { MessageSchema } from '../ru';

const news: MessageSchema['news'] = {
  title: 'News',
  loading: 'Loading news…',
  empty: 'No news yet.',
  emptyPage: 'There is nothing on this page.',
  firstPage: 'Go to the first page',
  filters: {
    label: 'Search and filter the news',
    q: 'Search the news',
    tag: 'Topic',
    allTags: 'All topics',
    tagOption: '{name} ({count})',
    apply: 'Show',
    clear: 'Clear',
  },
  found: '{n} article found | {n} articles found',
  noMatch: 'Nothing found. Try other words or another topic.',
  article: {
    loading: 'Loading the article…',
    notFound: 'Article not found',
    notFoundText: 'It may have been taken down, or the address may have a typo.',
    allNews: 'All news',
    byline: 'By',
    published: 'Published',
    events: 'Events this article reports on',
    dateNotGiven: 'date not given',
    tags: 'Topics',
  },
};

export default news;
