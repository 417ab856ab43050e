/**
 * Test data for the groups pages: the seed's groups (Ak-Tilek and Dostuk in Seydikum, the
 * maternal school Gulnara in Bazar-Korgon), shaped like the API's answers. Only tests import it.
 */
import type { Schemas } from '@jaryk/client';
import { json } from '../../../testing/fake-fetch';
import { CITIES, DISTRICTS, OBLASTS, PROJECTS, listAnswer } from '../events/test-fixtures';

type On = (method: string, url: string, ...answers: Response[]) => void;

const path = (...places: [string, string, Schemas['EventPlace']['kind']][]) =>
  places.map(([slug, name, kind]) => ({ slug, name, kind }));

const COUNTRY: [string, string, 'country'] = ['kyrgyzstan', 'Kyrgyzstan', 'country'];
const JALAL_ABAD: [string, string, 'oblast'] = ['jalal-abad-oblast', 'Jalal-Abad oblast', 'oblast'];
const BAZAR_KORGON_DISTRICT: [string, string, 'district'] = [
  'bazar-korgon-district',
  'Bazar-Korgon district',
  'district',
];

export const SEYDIKUM: Schemas['EventPlace'] = {
  slug: 'seydikum',
  kind: 'rural_district',
  name: 'Seydikum',
  path: path(COUNTRY, JALAL_ABAD, BAZAR_KORGON_DISTRICT, [
    'seydikum',
    'Seydikum',
    'rural_district',
  ]),
};

const BAZAR_KORGON: Schemas['EventPlace'] = {
  slug: 'bazar-korgon',
  kind: 'rural_district',
  name: 'Bazar-Korgon',
  path: path(COUNTRY, JALAL_ABAD, BAZAR_KORGON_DISTRICT, [
    'bazar-korgon',
    'Bazar-Korgon',
    'rural_district',
  ]),
};

let nextId = 500;

export function newGroup(
  overrides: Partial<Schemas['CommunityGroupSummary']> = {},
): Schemas['CommunityGroupSummary'] {
  const id = nextId++;
  return {
    id,
    slug: `group-${id}`,
    kind: 'self_help_group',
    locale: 'en',
    availableLocales: ['ky', 'ru', 'en'],
    name: `Group ${id}`,
    place: SEYDIKUM,
    coordinates: { latitude: 41.1, longitude: 72.75 },
    foundedYear: null,
    memberCount: null,
    activityStatus: 'active',
    cover: null,
    ...overrides,
  };
}

export const AK_TILEK = newGroup({ slug: 'ak-tilek-seydikum', name: 'Ak-Tilek' });
export const DOSTUK = newGroup({ slug: 'dostuk-seydikum', name: 'Dostuk' });
export const GULNARA = newGroup({
  slug: 'gulnara-maternal-school-bazar-korgon',
  kind: 'maternal_school',
  name: 'Gulnara',
  place: BAZAR_KORGON,
  coordinates: { latitude: 41.04, longitude: 72.75 },
});

/** The groups filter form's options: oblasts, cities, projects (no organizations). */
export function groupOptionRequests(on: On, locale = 'en') {
  on('GET', `/api/v1/places?locale=${locale}&kind=oblast`, json({ data: OBLASTS }));
  on('GET', `/api/v1/places?locale=${locale}&kind=city`, json({ data: CITIES }));
  on(
    'GET',
    `/api/v1/projects?locale=${locale}&page=1&pageSize=100`,
    listAnswer(PROJECTS, { pageSize: 100 }),
  );
}

export function groupDistrictRequest(on: On, under = 'jalal-abad-oblast', locale = 'en') {
  on(
    'GET',
    `/api/v1/places?locale=${locale}&under=${under}&kind=district`,
    json({ data: DISTRICTS }),
  );
}

/** GET /api/v1/community-groups with these parameters (page 1 of 24 unless given). */
export function groupsUrl(query: Record<string, string | number> = {}, locale = 'en') {
  const params = new URLSearchParams({ locale, page: '1', pageSize: '24' });
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return `/api/v1/community-groups?${params}`;
}

export { listAnswer };
