/**
 * Test data for the events, impact and projects pages: small factories shaped like the API's
 * answers, and the seed's second harassment workshop (23 women and 8 girls in Akman).
 * Only tests import this file.
 */
import type { Event, EventSummary, Schemas } from '@jaryk/client';
import { json } from '../../../testing/fake-fetch';

let nextId = 1000;

const NO_COUNTS: Schemas['ParticipantCounts'] = {
  women: null,
  girls: null,
  men: null,
  boys: null,
  unspecified: null,
  total: null,
};

export function newEvent(overrides: Partial<EventSummary> = {}): EventSummary {
  const id = nextId++;
  return {
    id,
    slug: `event-${id}`,
    locale: 'en',
    availableLocales: ['en'],
    title: `Event ${id}`,
    summary: null,
    startsAt: '2026-03-04T04:00:00.000Z',
    endsAt: '2026-03-04T08:00:00.000Z',
    timeZone: 'Asia/Bishkek',
    format: 'workshop',
    attendanceMode: 'in_person',
    venueName: null,
    venueAddress: null,
    audience: null,
    facilitator: null,
    place: null,
    coordinates: null,
    series: null,
    projects: [],
    partners: [],
    participants: NO_COUNTS,
    cover: null,
    ...overrides,
  };
}

const AKMAN: Schemas['EventPlace'] = {
  slug: 'akman-rural-district',
  kind: 'rural_district',
  name: 'Akman rural district',
  path: [
    { slug: 'kyrgyzstan', kind: 'country', name: 'Kyrgyzstan' },
    { slug: 'jalal-abad-oblast', kind: 'oblast', name: 'Jalal-Abad oblast' },
    { slug: 'bazar-korgon-district', kind: 'district', name: 'Bazar-Korgon district' },
    { slug: 'akman-rural-district', kind: 'rural_district', name: 'Akman rural district' },
  ],
};

/** The seed's second workshop, as GET /api/v1/events/{slug}?locale=en answers it. */
export function secondWorkshop(overrides: Partial<Event> = {}): Event {
  return {
    ...newEvent({
      id: 2,
      slug: 'harassment-workshop-2-self-help-groups-akman',
      availableLocales: ['ky', 'ru', 'en'],
      title: 'Workshop on harassment for self-help groups in Akman rural district',
      summary:
        '23 women and 8 girls, all members of the self-help groups of the village, took part.',
      startsAt: null,
      endsAt: null,
      venueName: 'Secondary school Toktogul No. 5',
      audience:
        'Members of the self-help groups of the village: an intergenerational group of women',
      facilitator: 'Altynai Sabyrbekova',
      place: AKMAN,
      coordinates: { latitude: 41.02, longitude: 72.7 },
      series: {
        slug: 'harassment-workshops-2022',
        title: 'Workshops on harassment in Bazar-Korgon district',
        position: 2,
      },
      projects: [
        {
          slug: 'capacity-building-of-womens-csos',
          kind: 'project',
          title: 'Capacity building of women’s CSOs',
        },
        { slug: 'ray-of-light', kind: 'initiative', title: 'Ray of Light' },
      ],
      partners: [
        {
          slug: 'eraiym',
          kind: 'ngo',
          name: 'Eraiym Women’s Public Union',
          role: 'organizer',
          websiteUrl: null,
          logo: null,
        },
        {
          slug: 'center-for-gender-information',
          kind: 'association',
          name: 'Center for Gender Information',
          role: 'co_organizer',
          websiteUrl: 'https://example.org/cgi',
          logo: null,
        },
      ],
      participants: { women: 23, girls: 8, men: null, boys: null, unspecified: null, total: 31 },
    }),
    description: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    gallery: [],
    articles: [
      {
        slug: 'harassment-is-a-special-kind-of-violence',
        title: 'Harassment is a special kind of violence',
        locale: 'en',
        publishedAt: '2022-03-07T13:05:00Z',
      },
    ],
    groups: [],
    previousInSeries: {
      slug: 'harassment-workshop-1-eraiym-staff-bazar-korgon',
      title: 'Workshop on harassment for Eraiym’s staff',
    },
    nextInSeries: {
      slug: 'harassment-workshop-3-akman-rural-administration',
      title: 'Workshop on harassment for the Akman rural administration',
    },
    ...overrides,
  };
}

/** The seed's two self-help groups of Seydikum, as the fourth workshop lists them (English). */
export const SEYDIKUM_GROUPS: Event['groups'] = [
  { slug: 'ak-tilek-seydikum', kind: 'self_help_group', name: 'Ak-Tilek', placeName: 'Seydikum' },
  { slug: 'dostuk-seydikum', kind: 'self_help_group', name: 'Dostuk', placeName: 'Seydikum' },
];

/** A list answer of the API: `{ data, meta }`. */
export function listAnswer<T>(
  data: T[],
  meta: { locale?: string; page?: number; pageSize?: number; total?: number } = {},
) {
  return json({
    data,
    meta: { locale: 'en', page: 1, pageSize: 20, total: data.length, ...meta },
  });
}

function placeNode(slug: string, name: string, kind: Schemas['PlaceNode']['kind'], parent: string) {
  return {
    slug,
    name,
    kind,
    parent,
    depth: 1,
    locale: 'en',
    latitude: 41,
    longitude: 73,
    aliases: [],
  };
}

export const OBLASTS = [
  placeNode('jalal-abad-oblast', 'Jalal-Abad oblast', 'oblast', 'kyrgyzstan'),
  placeNode('osh-oblast', 'Osh oblast', 'oblast', 'kyrgyzstan'),
];
export const CITIES = [placeNode('bishkek', 'Bishkek', 'city', 'kyrgyzstan')];
export const DISTRICTS = [
  placeNode('bazar-korgon-district', 'Bazar-Korgon district', 'district', 'jalal-abad-oblast'),
  placeNode('suzak-district', 'Suzak district', 'district', 'jalal-abad-oblast'),
];
export const ORGANIZATIONS: Schemas['OrganizationSummary'][] = [
  {
    id: 1,
    slug: 'eraiym',
    kind: 'ngo',
    locale: 'en',
    availableLocales: ['en'],
    name: 'Eraiym Women’s Public Union',
    shortName: 'Eraiym',
    description: null,
    websiteUrl: null,
    logo: null,
  },
  {
    id: 7,
    slug: 'bread-for-the-world',
    kind: 'donor',
    locale: 'en',
    availableLocales: ['en'],
    name: 'Bread for the World',
    shortName: 'Brot für die Welt',
    description: null,
    websiteUrl: 'https://www.brot-fuer-die-welt.de/',
    logo: null,
  },
];
export const PROJECTS: Schemas['ProjectSummary'][] = [
  {
    id: 1,
    slug: 'ray-of-light',
    kind: 'initiative',
    locale: 'en',
    availableLocales: ['en'],
    title: 'Ray of Light',
    summary: null,
    startsOn: null,
    endsOn: null,
    budget: null,
    cover: null,
  },
];

/** Places, organizations and projects for the filter form, in `locale`. */
export function filterOptionRequests(
  on: (method: string, url: string, ...answers: Response[]) => void,
  locale = 'en',
) {
  on('GET', `/api/v1/places?locale=${locale}&kind=oblast`, json({ data: OBLASTS }));
  on('GET', `/api/v1/places?locale=${locale}&kind=city`, json({ data: CITIES }));
  on(
    'GET',
    `/api/v1/organizations?locale=${locale}&page=1&pageSize=100`,
    listAnswer(ORGANIZATIONS, { pageSize: 100 }),
  );
  on(
    'GET',
    `/api/v1/projects?locale=${locale}&page=1&pageSize=100`,
    listAnswer(PROJECTS, { pageSize: 100 }),
  );
}

export function districtRequest(
  on: (method: string, url: string, ...answers: Response[]) => void,
  under = 'jalal-abad-oblast',
  locale = 'en',
) {
  on(
    'GET',
    `/api/v1/places?locale=${locale}&under=${under}&kind=district`,
    json({ data: DISTRICTS }),
  );
}
