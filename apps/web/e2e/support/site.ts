/** The demo content (apps/api/src/seed/demo.ts) and the site's paths, as the tests use them. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ARTICLE = {
  slug: 'harassment-is-a-special-kind-of-violence',
  title: 'Harassment is a special kind of violence',
};

export const SERIES = 'harassment-workshops-2022';

export const SECOND_WORKSHOP = {
  slug: 'harassment-workshop-2-self-help-groups-akman',
  title: {
    ky: 'Акман айыл аймагындагы өз ара жардам топтору үчүн асылуу боюнча семинар',
    ru: 'Семинар о харассменте для групп самопомощи в айылном аймаке Акман',
    en: 'Workshop on harassment for self-help groups in Akman rural district',
  },
  venue: 'Secondary school Toktogul No. 5',
};

/** The six workshops in series order (English titles); the sixth took place in Bishkek. */
export const WORKSHOPS = [
  {
    slug: 'harassment-workshop-1-eraiym-staff-bazar-korgon',
    title: "Workshop on harassment for Eraiym's staff",
  },
  { slug: SECOND_WORKSHOP.slug, title: SECOND_WORKSHOP.title.en },
  {
    slug: 'harassment-workshop-3-akman-rural-administration',
    title: 'Workshop on harassment for the Akman rural administration',
  },
  {
    slug: 'harassment-workshop-4-self-help-groups-seydikum',
    title: 'Workshop on harassment for the self-help groups Ak-Tilek and Dostuk in Seydikum',
  },
  {
    slug: 'harassment-workshop-5-maternal-school-gulnara-bazar-korgon',
    title: 'Workshop on harassment at the maternal school Gulnara',
  },
  {
    slug: 'harassment-workshop-6-eraiym-main-office-bishkek',
    title: 'Final workshop on harassment in Bishkek',
  },
] as const;

export const PROJECT = { slug: 'capacity-building-of-womens-csos' };

/** The demo's community groups (apps/api/src/seed/community-groups.ts), English names. */
export const GROUPS = {
  akTilek: { slug: 'ak-tilek-seydikum', name: 'Ak-Tilek' },
  dostuk: { slug: 'dostuk-seydikum', name: 'Dostuk' },
  gulnara: { slug: 'gulnara-maternal-school-bazar-korgon', name: 'Gulnara' },
} as const;
export const STATIC_PAGE = { slug: 'about', title: 'About us' };

/** One URL per kind of page (English). */
export const PAGE_TYPES = [
  { name: 'home', path: '/en' },
  { name: 'news-list', path: '/en/news' },
  { name: 'article', path: `/en/news/${ARTICLE.slug}` },
  { name: 'article-ky', path: `/ky/news/${ARTICLE.slug}` },
  { name: 'article-ru', path: `/ru/news/${ARTICLE.slug}` },
  { name: 'events', path: '/en/events' },
  { name: 'events-map', path: '/en/events?view=map', map: true },
  { name: 'event', path: `/en/events/${SECOND_WORKSHOP.slug}` },
  { name: 'event-groups', path: `/en/events/${WORKSHOPS[3].slug}` },
  { name: 'impact', path: '/en/impact' },
  { name: 'partners', path: '/en/partners' },
  { name: 'projects', path: '/en/projects' },
  { name: 'project', path: `/en/projects/${PROJECT.slug}` },
  { name: 'groups', path: '/en/groups' },
  { name: 'groups-map', path: '/en/groups?view=map', map: true },
  { name: 'group', path: `/en/groups/${GROUPS.akTilek.slug}` },
  { name: 'group-ky', path: `/ky/groups/${GROUPS.gulnara.slug}` },
  { name: 'project-ru', path: `/ru/projects/${PROJECT.slug}` },
  { name: 'impact-ky', path: '/ky/impact' },
  { name: 'videos', path: '/en/videos' },
  { name: 'search', path: '/en/search?q=harassment' },
  { name: 'static-page', path: `/en/pages/${STATIC_PAGE.slug}` },
  { name: 'not-found', path: '/en/no-such-page' },
] as const;
