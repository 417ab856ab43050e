import type { MessageSchema } from '../ru';

const projects: MessageSchema['projects'] = {
  title: 'Projects',
  intro: 'Projects funded by donors, and the organization’s own initiatives.',
  loading: 'Loading projects…',
  empty: 'No projects yet.',
  kind: {
    project: 'Project',
    initiative: 'Initiative',
  },
  kinds: {
    project: 'Projects',
    initiative: 'Initiatives',
  },
  period: 'Period',
  periodRange: '{from} – {to}',
  periodFrom: 'since {from}',
  periodUntil: 'until {to}',
  periodNotGiven: 'period not given',
  role: {
    lead: 'Lead organization',
    initiator: 'Initiator',
    partner: 'Partner',
    funder: 'Funder',
    supporter: 'Supporter',
  },
  project: {
    loading: 'Loading the project…',
    notFoundTitle: 'Project not found',
    notFoundText:
      'There is no project at this address. The address may have a typo, or the project was unpublished.',
    allProjects: 'All projects',
    about: 'About the project',
    partners: 'Partners and donors',
    participants: 'Participants reached',
    participantsNote: 'The sum over the project’s events that reported participants.',
    series: 'Event series',
    seriesEvents: '{n} event | {n} events',
    events: 'Events',
    eventsLoading: 'Loading events…',
    noEvents: 'The project has no published events yet.',
    allEvents: 'All events of the project ({n})',
    articles: 'Articles',
    articlesLoading: 'Loading articles…',
    noArticles: 'No articles about the project yet.',
    allArticles: 'All articles',
    impact: 'The project’s results in figures',
  },
};

export default projects;
