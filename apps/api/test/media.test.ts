import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/db/schema/common.js';
import { media, mediaTranslations, organizations } from '../src/db/schema/index.js';
import { getJson, testApp } from './helpers/app.js';
import { newOrganization } from './helpers/factories.js';

interface MediaItem {
  id: number;
  kind: 'image' | 'video' | 'document';
  locale: string;
  availableLocales: string[];
  title: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
  mimeType: string | null;
  url: string | null;
  youtubeId: string | null;
  focalPoint: { x: number; y: number };
  variants: { width: number; height: number; format: string; url: string }[];
}
interface List {
  data: MediaItem[];
  meta: { page: number; pageSize: number; total: number; locale: string };
}
interface Problem {
  status: number;
  errors?: { field: string }[];
}

type Consent = 'unknown' | 'obtained' | 'not_required' | 'refused';
type Texts = Partial<Record<Locale, { title?: string; alt?: string; caption?: string }>>;

let counter = 0;

/** A media row written as the media pipeline would, then the public cache dropped. */
async function newMedia(
  opts: {
    kind?: 'image' | 'video' | 'document';
    consent?: Consent;
    youtubeId?: string;
    texts?: Texts;
    credit?: string;
  } = {},
) {
  const { app, database } = await testApp();
  const kind = opts.kind ?? 'image';
  const key = `test/${process.pid}-${++counter}`;
  const [row] = await database.db
    .insert(media)
    .values({
      kind,
      consent: opts.consent ?? 'obtained',
      credit: opts.credit ?? null,
      ...(kind === 'video'
        ? { youtubeId: opts.youtubeId ?? 'dQw4w9WgXcQ' }
        : {
            storageKey: `${key}.jpg`,
            mimeType: 'image/jpeg',
            bytes: 123_456,
            width: 1600,
            height: 1200,
            focalX: 0.25,
            focalY: 0.75,
            variants: [
              {
                width: 800,
                height: 600,
                format: 'webp' as const,
                key: `${key}-800.webp`,
                bytes: 1,
              },
            ],
          }),
    })
    .returning();
  for (const [locale, t] of Object.entries(opts.texts ?? {}) as [Locale, Texts[Locale]][]) {
    await database.db.insert(mediaTranslations).values({ mediaId: row!.id, locale, ...t });
  }
  await app.publicCache.invalidate();
  return { id: row!.id, key };
}

const list = (query: string) => getJson<List>(`/api/v1/media?${query}`);
const one = (id: number | string, query = '') =>
  getJson<{ data: MediaItem }>(`/api/v1/media/${id}${query ? `?${query}` : ''}`);
const idsOf = (r: { body: List }) => r.body.data.map((m) => m.id);

describe('a photo with consent', () => {
  it('is listed, with its file, variants and focal point', async () => {
    const photo = await newMedia({
      credit: 'Eraiym',
      texts: { en: { title: 'Workshop', alt: 'Women in a circle of chairs' } },
    });
    const { status, body } = await list('pageSize=100&locale=en');
    expect(status).toBe(200);
    expect(body.data.find((m) => m.id === photo.id)).toEqual({
      id: photo.id,
      kind: 'image',
      locale: 'en',
      availableLocales: ['en'],
      title: 'Workshop',
      alt: 'Women in a circle of chairs',
      caption: null,
      credit: 'Eraiym',
      width: 1600,
      height: 1200,
      mimeType: 'image/jpeg',
      url: `/media/${photo.key}.jpg`,
      youtubeId: null,
      focalPoint: { x: 0.25, y: 0.75 },
      variants: [{ width: 800, height: 600, format: 'webp', url: `/media/${photo.key}-800.webp` }],
    });
    expect((await one(photo.id)).status).toBe(200);
  });

  it('has its alt text in the requested language, else the default, else any', async () => {
    const photo = await newMedia({
      texts: {
        ky: { alt: 'Аялдар семинарда' },
        ru: { alt: 'Женщины на семинаре' },
        en: { alt: 'Women at a workshop' },
      },
    });
    const ruEn = await newMedia({
      texts: { ru: { alt: 'Только по-русски' }, en: { alt: 'Also English' } },
    });
    const enOnly = await newMedia({ texts: { en: { alt: 'English only' } } });
    const alt = async (id: number, locale: string) => (await one(id, `locale=${locale}`)).body.data;
    expect(await alt(photo.id, 'ky')).toMatchObject({ locale: 'ky', alt: 'Аялдар семинарда' });
    expect(await alt(photo.id, 'en')).toMatchObject({ locale: 'en', alt: 'Women at a workshop' });
    expect(await alt(ruEn.id, 'ky')).toMatchObject({ locale: 'ru', alt: 'Только по-русски' });
    expect(await alt(ruEn.id, 'en')).toMatchObject({ locale: 'en', alt: 'Also English' });
    expect(await alt(enOnly.id, 'ky')).toMatchObject({ locale: 'en', alt: 'English only' });
    expect((await alt(photo.id, 'ky')).availableLocales).toEqual(['ky', 'ru', 'en']);
    // Without ?locale, the site default.
    expect((await one(photo.id)).body.data).toMatchObject({ locale: 'ru' });
    // The list speaks the same way.
    const listed = await list('pageSize=100&locale=ky');
    expect(listed.body.data.find((m) => m.id === ruEn.id)).toMatchObject({
      locale: 'ru',
      alt: 'Только по-русски',
    });
  });

  it('without any text says so with nulls, in the requested language', async () => {
    const bare = await newMedia();
    expect((await one(bare.id, 'locale=en')).body.data).toMatchObject({
      locale: 'en',
      availableLocales: [],
      title: null,
      alt: null,
      caption: null,
    });
  });

  it('a photo that needs no consent is shown too', async () => {
    const landscape = await newMedia({ consent: 'not_required' });
    expect(idsOf(await list('pageSize=100'))).toContain(landscape.id);
    expect((await one(landscape.id)).status).toBe(200);
  });
});

describe('a photo without consent', () => {
  it('refused or unknown: never listed, and its page is 404', async () => {
    const refused = await newMedia({ consent: 'refused', texts: { en: { alt: 'Refused' } } });
    const unknown = await newMedia({ consent: 'unknown', texts: { en: { alt: 'Unknown' } } });
    const shown = await newMedia();
    for (const query of ['pageSize=100', 'pageSize=100&kind=image', 'pageSize=100&locale=en']) {
      const ids = idsOf(await list(query));
      expect(ids, query).toContain(shown.id);
      expect(ids, query).not.toContain(refused.id);
      expect(ids, query).not.toContain(unknown.id);
    }
    for (const hidden of [refused, unknown]) {
      const r = await getJson<Problem>(`/api/v1/media/${hidden.id}`);
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.status).toBe(404);
    }
  });

  it('does not count in the total', async () => {
    const before = await list('pageSize=1');
    await newMedia({ consent: 'refused' });
    await newMedia({ consent: 'unknown' });
    const after = await list('pageSize=1');
    expect(after.body.meta.total).toBe(before.body.meta.total);
    await newMedia();
    expect((await list('pageSize=1')).body.meta.total).toBe(before.body.meta.total + 1);
  });

  it('is not shown as an organization’s logo either', async () => {
    const refused = await newMedia({ consent: 'refused' });
    const obtained = await newMedia({ texts: { en: { alt: 'Logo' } } });
    const hiddenLogo = await newOrganization();
    const shownLogo = await newOrganization();
    const { app, database } = await testApp();
    await database.db
      .update(organizations)
      .set({ logoMediaId: refused.id })
      .where(eq(organizations.id, hiddenLogo.id));
    await database.db
      .update(organizations)
      .set({ logoMediaId: obtained.id })
      .where(eq(organizations.id, shownLogo.id));
    await app.publicCache.invalidate();
    const hidden = await getJson<{ data: { logo: MediaItem | null } }>(
      `/api/v1/organizations/${hiddenLogo.slug}`,
    );
    expect(hidden.body.data.logo).toBeNull();
    const shown = await getJson<{ data: { logo: MediaItem | null } }>(
      `/api/v1/organizations/${shownLogo.slug}?locale=en`,
    );
    expect(shown.body.data.logo).toMatchObject({ id: obtained.id, alt: 'Logo' });
  });
});

describe('videos', () => {
  it('carry their YouTube id and no file', async () => {
    const video = await newMedia({
      kind: 'video',
      consent: 'not_required',
      youtubeId: 'Ab3_-xYz09Q',
      texts: { en: { title: 'Check Youtube Videos' } },
    });
    const { status, body } = await one(video.id, 'locale=en');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      kind: 'video',
      youtubeId: 'Ab3_-xYz09Q',
      url: null,
      variants: [],
      title: 'Check Youtube Videos',
    });
  });

  it('kind filters images from videos', async () => {
    const video = await newMedia({ kind: 'video', consent: 'obtained' });
    const photo = await newMedia();
    const videos = await list('kind=video&pageSize=100');
    expect(videos.body.data.every((m) => m.kind === 'video')).toBe(true);
    expect(idsOf(videos)).toContain(video.id);
    expect(idsOf(videos)).not.toContain(photo.id);
    const images = await list('kind=image&pageSize=100');
    expect(images.body.data.every((m) => m.kind === 'image')).toBe(true);
    expect(idsOf(images)).toContain(photo.id);
    expect(idsOf(images)).not.toContain(video.id);
    const documents = await list('kind=document');
    expect(documents.status).toBe(200);
    expect(documents.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('a refused video is hidden like a photo', async () => {
    const video = await newMedia({ kind: 'video', consent: 'refused' });
    expect(idsOf(await list('kind=video&pageSize=100'))).not.toContain(video.id);
    expect((await one(video.id)).status).toBe(404);
  });
});

describe('media paging', () => {
  it('newest first; pageSize 1 and a page past the end', async () => {
    const older = await newMedia();
    const newer = await newMedia();
    const first = await list('pageSize=1');
    expect(idsOf(first)).toEqual([newer.id]);
    expect(first.body.meta).toMatchObject({ page: 1, pageSize: 1 });
    expect(String(first.headers.link)).toContain('rel="next"');
    const second = await list('pageSize=1&page=2');
    expect(idsOf(second)).toEqual([older.id]);
    const past = await list(`pageSize=100&page=${first.body.meta.total + 1}`);
    expect(past.status).toBe(200);
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.total).toBe(first.body.meta.total);
  });

  it('an id nobody has is 404', async () => {
    const r = await getJson<Problem>('/api/v1/media/2147483647');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });
});

describe('bad input to media', () => {
  const cases: [string, string, string][] = [
    ['id not a number', '/api/v1/media/abc', 'id'],
    ['id zero', '/api/v1/media/0', 'id'],
    ['id negative', '/api/v1/media/-1', 'id'],
    ['id a fraction', '/api/v1/media/1.5', 'id'],
    ['id beyond integer range', '/api/v1/media/2147483648', 'id'],
    ['unknown parameter', '/api/v1/media?consent=refused', 'consent'],
    ['unknown kind', '/api/v1/media?kind=audio', 'kind'],
    ['unknown parameter on detail', '/api/v1/media/1?size=large', 'size'],
    ['pageSize too large', '/api/v1/media?pageSize=101', 'pageSize'],
  ];

  it.each(cases)('%s', async (_name, url, field) => {
    const r = await getJson<Problem>(url);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.status).toBe(400);
    expect(r.body.errors?.map((e) => e.field)).toContain(field);
  });
});
