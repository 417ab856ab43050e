import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './helpers/app.js';
import { newArticle, newEvent, newPlace } from './helpers/factories.js';

const BASE = 'https://jaryk.test';
const SEED_SLUG = 'harassment-is-a-special-kind-of-violence';
const EVIL = `Evil "</script><script>alert(1)</script> & <b>bold</b> ]]> — Ақ-Тилек`;

// Opening the shared database takes a while on PGlite: not within a test's time.
beforeAll(async () => {
  await testApp();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const { app } = await testApp();
  const r = await app.inject({ url, headers });
  return { status: r.statusCode, headers: r.headers, body: r.body };
}

/** Public caching as every public GET has it: strong ETag, 304, CORS for third parties. */
async function expectRevalidates(url: string) {
  const first = await get(url);
  expect(first.status, url).toBe(200);
  const etag = String(first.headers.etag);
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(String(first.headers['cache-control'])).toContain('stale-while-revalidate');
  expect(first.headers['access-control-allow-origin']).toBe('*');
  expect((await get(url, { 'if-none-match': etag })).status, url).toBe(304);
  // A cached answer keeps its headers.
  const cached = await get(url);
  expect(cached.headers['content-type']).toBe(first.headers['content-type']);
  expect(cached.headers['content-disposition']).toBe(first.headers['content-disposition']);
  expect(cached.body).toBe(first.body);
}

// ---- Atom ------------------------------------------------------------------------------------

interface AtomLink {
  '@_rel': string;
  '@_href': string;
  '@_type'?: string;
  '@_hreflang'?: string;
}
interface AtomEntry {
  '@_xml:lang': string;
  id: string;
  title: string;
  link: AtomLink[];
  published: string;
  updated: string;
  author?: { name: string }[];
  summary?: string;
  content: { '#text': string; '@_type': string };
  category?: { '@_term': string; '@_label': string }[];
}
interface AtomFeed {
  feed: {
    '@_xmlns': string;
    '@_xml:lang': string;
    id: string;
    title: string;
    updated: string;
    link: AtomLink[];
    author: { name: string; uri: string }[];
    entry?: AtomEntry[];
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  alwaysCreateTextNode: false,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
});

async function atom(query: string) {
  const r = await get(`/api/v1/feeds/articles.atom${query}`);
  expect(r.status).toBe(200);
  expect(XMLValidator.validate(r.body)).toBe(true);
  return { ...r, feed: (xml.parse(r.body) as AtomFeed).feed };
}

describe('Atom feed of articles', () => {
  it('is a valid Atom 1.0 feed with the seed article', async () => {
    const { headers, feed } = await atom('?locale=en');
    expect(headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('en');
    expect(feed.id).toBe(`${BASE}/api/v1/feeds/articles.atom?locale=en`);
    expect(feed.title).toBe("Eraiym Women's Public Union: News");
    expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(feed.author[0]!.name).toBe("Eraiym Women's Public Union");
    expect(feed.link.find((l) => l['@_rel'] === 'self')!['@_href']).toBe(feed.id);
    expect(feed.link.find((l) => l['@_rel'] === 'alternate')!['@_href']).toBe(`${BASE}/en/news`);
    const seed = feed.entry!.find((e) => e.title === 'Harassment is a special kind of violence');
    expect(seed).toBeDefined();
    expect(seed!.link[0]).toMatchObject({
      '@_rel': 'alternate',
      '@_type': 'text/html',
      '@_href': `${BASE}/en/news/${SEED_SLUG}`,
    });
    expect(seed!.published).toBe('2022-03-07T13:05:00Z');
    expect(seed!.updated >= seed!.published).toBe(true);
    expect(seed!.id).toMatch(/^tag:jaryk\.test,2022-03-07:article:\d+:en$/);
    expect(seed!.author![0]!.name).toBe('Baktykan Azhymamatova, Osh oblast');
    expect(seed!.summary).toMatch(/^In recent years/);
    expect(seed!.content['@_type']).toBe('html');
    expect(seed!.content['#text']).toContain('<p>');
    expect(seed!.content['#text']).toContain('23 women and 8 girls');
    expect(seed!.category!.map((c) => c['@_term'])).toContain('harassment');
    // The feed's updated is its newest entry's.
    expect(feed.updated >= seed!.updated).toBe(true);
  });

  it('serves each article in the requested language, falling back like the API', async () => {
    const both = await newArticle({
      translations: { ru: { title: 'По-русски' }, en: { title: 'In English' } },
    });
    const ru = await atom('?locale=ru');
    expect(ru.feed['@_xml:lang']).toBe('ru');
    const mine = ru.feed.entry!.find((e) => e.link[0]!['@_href'].includes(both.slug));
    expect(mine).toMatchObject({ title: 'По-русски', '@_xml:lang': 'ru' });
    expect(mine!.link[0]!['@_href']).toBe(`${BASE}/ru/news/${both.slug}-ru`);
    // The seed exists in English only: it is there, marked as English, linking to its page.
    const seed = ru.feed.entry!.find((e) => e.link[0]!['@_href'].endsWith(SEED_SLUG));
    expect(seed!['@_xml:lang']).toBe('en');
    // Without a locale, the site's default (ru).
    expect((await atom('')).feed.id).toBe(`${BASE}/api/v1/feeds/articles.atom?locale=ru`);
  });

  it('escapes hostile titles and leaves out drafts and scheduled articles', async () => {
    const evil = await newArticle({ translations: { en: { title: EVIL, summary: EVIL } } });
    const draft = await newArticle({ status: 'draft' });
    const scheduled = await newArticle({ publishAt: new Date(Date.now() + 86_400_000) });
    const { body, feed } = await atom('?locale=en');
    expect(body).not.toContain('<script>');
    const entry = feed.entry!.find((e) => e.link[0]!['@_href'].includes(evil.slug));
    expect(entry!.title).toBe(EVIL);
    expect(entry!.summary).toBe(EVIL);
    expect(body).not.toContain(draft.slug);
    expect(body).not.toContain(scheduled.slug);
  });

  it('revalidates by ETag and refuses unknown parameters', async () => {
    await expectRevalidates('/api/v1/feeds/articles.atom?locale=en');
    expect((await get('/api/v1/feeds/articles.atom?lang=en')).status).toBe(400);
    expect((await get('/api/v1/feeds/articles.atom?locale=de')).status).toBe(400);
  });
});

// ---- iCalendar -------------------------------------------------------------------------------

const ICS_TITLE =
  'Семинар: права, обязанности; и\\ защита — очень длинное название для проверки переноса строк';
const ICS_SUMMARY = 'Line one\nLine two, with a comma; a semicolon and a \\ backslash';

interface VEvent {
  [property: string]: string;
}

/** Unescapes a TEXT value (RFC 5545 3.3.11). */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function parseIcs(body: string) {
  // CRLF everywhere: no bare LF or CR.
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(body.endsWith('\r\n')).toBe(true);
  for (const line of body.split('\r\n')) {
    expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  }
  const lines = body
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  const events: VEvent[] = [];
  let current: VEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return events;
}

describe('iCalendar feed of events', () => {
  let place: { id: number; slug: string };
  let dated: { id: number; slug: string };
  let undated: { slug: string };

  beforeAll(async () => {
    place = await newPlace({ parentSlug: 'chui-oblast', name: 'Village, "Ak-Suu"; North' });
    dated = await newEvent({
      placeId: place.id,
      startsAt: new Date('2023-05-10T04:00:00Z'),
      endsAt: new Date('2023-05-10T08:30:00Z'),
      translations: { en: ICS_TITLE },
      summary: ICS_SUMMARY,
      venueName: 'School No. 5, hall',
      format: 'training',
    });
    undated = await newEvent({ startsAt: null, placeId: place.id });
  });

  it('is RFC 5545: CRLF, lines of at most 75 octets, escaped TEXT, times in UTC', async () => {
    const r = await get(`/api/v1/feeds/events.ics?locale=en&place=${place.slug}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="events.ics"');
    const events = parseIcs(r.body);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      UID: `event-${dated.id}@jaryk.test`,
      DTSTART: '20230510T040000Z',
      DTEND: '20230510T083000Z',
      URL: `${BASE}/en/events/${dated.slug}`,
      CATEGORIES: 'training',
    });
    expect(event!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(event!.SUMMARY).toBe(
      'Семинар: права\\, обязанности\\; и\\\\ защита — очень длинное название для проверки переноса строк',
    );
    expect(unescapeText(event!.SUMMARY!)).toBe(ICS_TITLE);
    expect(unescapeText(event!.DESCRIPTION!)).toBe(
      `${ICS_SUMMARY}\n\n${BASE}/en/events/${dated.slug}`,
    );
    expect(unescapeText(event!.LOCATION!)).toBe(
      'School No. 5, hall, Village, "Ak-Suu"; North, Chui oblast, Kyrgyzstan',
    );
    expect(event!.GEO).toBe('41;73');
    // The long Cyrillic title was folded, and never inside a character.
    expect(r.body).toMatch(/\r\n /);
    expect(r.body).not.toContain('\uFFFD');
  });

  it('leaves out events whose date is unknown, like the seed workshops', async () => {
    const all = await get('/api/v1/feeds/events.ics?locale=en');
    const uids = parseIcs(all.body).map((e) => e.URL);
    expect(uids).toContain(`${BASE}/en/events/${dated.slug}`);
    expect(uids).not.toContain(`${BASE}/en/events/${undated.slug}`);
    const seed = await get('/api/v1/feeds/events.ics?series=harassment-workshops-2022');
    expect(parseIcs(seed.body)).toEqual([]);
  });

  it('keeps UIDs stable across changes, and revalidates by ETag', async () => {
    const url = `/api/v1/feeds/events.ics?locale=en&place=${place.slug}`;
    const before = parseIcs((await get(url)).body)[0]!.UID;
    await newEvent({ placeId: place.id, startsAt: new Date('2020-01-01T00:00:00Z') });
    const after = parseIcs((await get(url)).body);
    expect(after).toHaveLength(2);
    expect(after.map((e) => e.UID)).toContain(before);
    await expectRevalidates(url);
    expect((await get('/api/v1/feeds/events.ics?pageSize=5')).status).toBe(400);
  });
});

// ---- GeoJSON ---------------------------------------------------------------------------------

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    slug: string;
    title: string;
    startsAt: string | null;
    placeName: string | null;
    participantsTotal: number | null;
    url: string;
  };
}
interface Collection {
  type: 'FeatureCollection';
  features: Feature[];
  meta: { total: number; limit: number; locale: string };
}

async function geojson(query: string) {
  const r = await get(`/api/v1/events.geojson${query}`);
  expect(r.status, r.body).toBe(200);
  return { ...r, collection: JSON.parse(r.body) as Collection };
}

describe('GeoJSON of events', () => {
  it('is a FeatureCollection of points in [longitude, latitude] order', async () => {
    const { headers, collection } = await geojson('?locale=en&series=harassment-workshops-2022');
    expect(headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(6);
    expect(collection.meta).toMatchObject({ total: 6, limit: 5000, locale: 'en' });
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      // Kyrgyzstan: longitude 69–81 E, latitude 39–44 N.
      expect(lon).toBeGreaterThan(69);
      expect(lon).toBeLessThan(81);
      expect(lat).toBeGreaterThan(39);
      expect(lat).toBeLessThan(44);
    }
    const bishkek = collection.features.find((f) => f.id.endsWith('main-office-bishkek'))!;
    expect(bishkek.geometry.coordinates[0]).toBeCloseTo(74.57, 1);
    expect(bishkek.geometry.coordinates[1]).toBeCloseTo(42.87, 1);
    expect(bishkek.properties).toMatchObject({
      slug: 'harassment-workshop-6-eraiym-main-office-bishkek',
      title: 'Final workshop on harassment in Bishkek',
      startsAt: null,
      placeName: 'Bishkek',
      url: `${BASE}/en/events/harassment-workshop-6-eraiym-main-office-bishkek`,
    });
    const akman = collection.features.find((f) => f.id.includes('workshop-2'))!;
    expect(akman.properties.participantsTotal).toBe(31);
  });

  it('takes the filters of the event list', async () => {
    const place = await newPlace({ parentSlug: 'talas-oblast', name: 'Pin village' });
    const event = await newEvent({ placeId: place.id, counts: { women: 7, girls: 5 } });
    const one = await geojson(`?place=${place.slug}`);
    expect(one.collection.features).toHaveLength(1);
    expect(one.collection.features[0]).toMatchObject({
      id: event.slug,
      geometry: { coordinates: [73, 41] },
      properties: {
        placeName: 'Pin village',
        participantsTotal: 12,
        startsAt: '2023-05-10T04:00:00Z',
      },
    });
    const oblast = await geojson('?place=talas-oblast');
    expect(oblast.collection.features.map((f) => f.id)).toContain(event.slug);
    const none = await geojson('?series=harassment-workshops-2022&format=campaign');
    expect(none.collection).toMatchObject({ features: [], meta: { total: 0 } });
    const upcoming = await geojson(`?place=${place.slug}&when=upcoming`);
    expect(upcoming.collection.features).toEqual([]);
    expect((await get('/api/v1/events.geojson?pageSize=10')).status).toBe(400);
    expect((await get('/api/v1/events.geojson?format=party')).status).toBe(400);
  });

  it('leaves out events without coordinates, and revalidates by ETag', async () => {
    await newEvent({ translations: { en: 'Nowhereprobe gathering' } });
    const listed = await getJson<{ meta: { total: number } }>('/api/v1/events?q=nowhereprobe');
    expect(listed.body.meta.total).toBe(1);
    const mapped = await geojson('?q=nowhereprobe');
    expect(mapped.collection.features).toEqual([]);
    await expectRevalidates('/api/v1/events.geojson?series=harassment-workshops-2022');
  });
});

// ---- CSV -------------------------------------------------------------------------------------

/** RFC 4180 fields, quotes and all. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

interface ImpactJson {
  data: Record<string, unknown>[];
  totals: Record<string, unknown>;
}

async function csv(query: string) {
  const r = await get(`/api/v1/stats/impact.csv${query}`);
  expect(r.status, r.body).toBe(200);
  expect(r.body.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(r.body.slice(1));
  return {
    ...r,
    header: header!,
    records: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))),
  };
}

const FIGURES = ['women', 'girls', 'men', 'boys', 'unspecified', 'total'];

describe('CSV of impact statistics', () => {
  it('has the JSON answer’s rows and figures, then a total row', async () => {
    const r = await csv('?groupBy=district&locale=en');
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(r.headers['content-disposition']).toBe('attachment; filename="impact-district.csv"');
    expect(r.header).toEqual([
      'kind',
      'key',
      'label',
      'events',
      'eventsWithCounts',
      ...FIGURES,
      'note',
    ]);
    const json = await getJson<ImpactJson>('/api/v1/stats/impact?groupBy=district&locale=en');
    expect(r.records).toHaveLength(json.body.data.length + 1);
    json.body.data.forEach((row, i) => {
      const record = r.records[i]!;
      expect(record.kind).toBe('group');
      expect(record.key).toBe(row.key ?? '');
      expect(record.label).toBe(row.label ?? '');
      for (const f of ['events', 'eventsWithCounts', ...FIGURES])
        expect(record[f], f).toBe(row[f] === null ? '' : String(row[f]));
    });
    const bazarKorgon = r.records.find((x) => x.key === 'bazar-korgon-district')!;
    expect(bazarKorgon).toMatchObject({ label: 'Bazar-Korgon district', women: '23', girls: '8' });
    expect(r.records.at(-1)).toMatchObject({ kind: 'total', key: '', label: '' });
    expect(r.records.at(-1)!.total).toBe(String(json.body.totals.total));
  });

  it('leaves withheld figures empty and names them in the note', async () => {
    const district = await newPlace({
      parentSlug: 'talas-oblast',
      kind: 'district',
      name: '=HYPERLINK("http://evil.example","click"), really',
    });
    await newEvent({ placeId: district.id, counts: { women: 3, girls: 10 } });
    const query = `?groupBy=district&place=${district.slug}&locale=en`;
    const r = await csv(query);
    const json = await getJson<ImpactJson>(`/api/v1/stats/impact${query}`);
    expect(json.body.data[0]).toMatchObject({ women: null, girls: null, total: 13 });
    const [row, total] = r.records;
    expect(row).toMatchObject({ key: district.slug, women: '', girls: '', total: '13' });
    expect(row!.note).toBe('withheld to protect participants: women, girls');
    expect(total).toMatchObject({ kind: 'total', women: '', girls: '', total: '13' });
    // A label a spreadsheet would run as a formula is defused, and quoted where needed.
    expect(row!.label).toBe(`'=HYPERLINK("http://evil.example","click"), really`);
    expect(r.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), really"`);
  });

  it('takes the same query as the JSON statistics, and revalidates by ETag', async () => {
    const r = await csv('?series=harassment-workshops-2022');
    expect(r.headers['content-disposition']).toBe('attachment; filename="impact-none.csv"');
    expect(r.records).toHaveLength(2);
    expect(r.records[0]).toMatchObject({ kind: 'group', events: '6', total: '31', note: '' });
    expect((await get('/api/v1/stats/impact.csv?groupBy=planet')).status).toBe(400);
    expect((await get('/api/v1/stats/impact.csv?from=2023-02-01&to=2023-01-01')).status).toBe(400);
    await expectRevalidates('/api/v1/stats/impact.csv?groupBy=region&locale=ru');
  });
});

describe('OpenAPI', () => {
  it('documents the feeds with operationIds and media types', async () => {
    const r = await getJson<{
      paths: Record<
        string,
        { get: { operationId: string; responses: Record<string, { content?: object }> } }
      >;
    }>('/api/openapi.json');
    const expected: Record<string, [string, string]> = {
      '/api/v1/feeds/articles.atom': ['getArticlesAtomFeed', 'application/atom+xml'],
      '/api/v1/feeds/events.ics': ['getEventsCalendar', 'text/calendar'],
      '/api/v1/events.geojson': ['getEventsGeoJson', 'application/geo+json'],
      '/api/v1/stats/impact.csv': ['getImpactStatsCsv', 'text/csv'],
    };
    for (const [path, [operationId, mediaType]] of Object.entries(expected)) {
      const op = r.body.paths[path]?.get;
      expect(op?.operationId, path).toBe(operationId);
      expect(Object.keys(op!.responses['200']!.content!), path).toEqual([mediaType]);
    }
  });
});
