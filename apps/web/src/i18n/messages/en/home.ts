import type { MessageSchema } from '../ru';

const home: MessageSchema['home'] = {
  title: 'Home',
  slideshow: {
    label: 'Featured',
    slide: '{n} of {count}',
    pause: 'Stop the slideshow',
    play: 'Start the slideshow',
    previous: 'Previous slide',
    next: 'Next slide',
    article: 'Article',
    event: 'Event',
  },
  news: {
    heading: 'Latest news',
    all: 'All news',
  },
  upcoming: {
    heading: 'Upcoming events',
    none: 'No upcoming events at the moment.',
  },
  recent: {
    heading: 'Recent events',
    none: 'Nothing to show yet.',
    all: 'All events',
  },
  impact: {
    heading: 'Our work in numbers',
    people: 'participant | participants',
    peopleFew: 'participants: fewer than 5',
    events: 'in {n} event | in {n} events',
    more: 'More about our results',
  },
  videos: {
    heading: 'Videos',
    all: 'All videos',
  },
};

export default home;
