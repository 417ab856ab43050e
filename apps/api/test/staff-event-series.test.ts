import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { unique } from './helpers/factories.js';
import { staffSession } from './helpers/staff.js';

const base = '/api/v1/staff/event-series';

describe('staff event series', () => {
  it('is created by editors, not authors; its events join it from the events side', async () => {
    const author = await staffSession('author');
    const editor = await staffSession('editor');
    const slug = unique('series');
    const body = {
      slug,
      translations: { en: { title: 'Six workshops', description: 'On safety' } },
    };
    expect((await author.request('POST', base, { body })).status).toBe(403);
    const created = await editor.request('POST', base, { body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const doc = created.body.data;
    expect(doc).toMatchObject({ slug, state: 'draft', eventIds: [] });
    expect(created.headers.etag).toBe(`"series-${doc.id}-v1"`);
    expect((await editor.request('POST', base, { body })).status).toBe(409);

    const event = await editor.request('POST', '/api/v1/staff/events', {
      body: {
        slug: unique('series-event'),
        seriesId: doc.id,
        seriesPosition: 1,
        translations: { en: { title: 'Workshop one' } },
      },
    });
    expect(event.status).toBe(201);
    await editor.request('POST', `/api/v1/staff/events/${event.body.data.id}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': event.headers.etag as string },
    });

    const url = `${base}/${doc.id}`;
    expect((await editor.request('PATCH', url, { body: { slug: unique('s') } })).status).toBe(428);
    const renamed = await editor.request('PATCH', url, {
      body: { translations: { ru: { title: 'Шесть семинаров' } } },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.eventIds).toEqual([event.body.data.id]);
    const stale = await editor.request('PATCH', url, {
      body: { slug: unique('s') },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(stale.status).toBe(412);

    expect((await getJson(`/api/v1/event-series/${slug}`)).status).toBe(404);
    const published = await editor.request('POST', `${url}/workflow`, {
      body: { action: 'publish' },
      headers: { 'if-match': renamed.headers.etag as string },
    });
    expect(published.status).toBe(200);
    const pub = await getJson<{ data: { title: string; events: { position: number }[] } }>(
      `/api/v1/event-series/${slug}?locale=ru`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.data.title).toBe('Шесть семинаров');
    expect(pub.body.data.events).toMatchObject([{ position: 1 }]);

    const revisions = (await editor.request('GET', `${url}/revisions`)).body.data;
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);

    // Deleting the series keeps its events, outside any series.
    const deleted = await editor.request('DELETE', url, {
      headers: { 'if-match': published.headers.etag as string },
    });
    expect(deleted.status).toBe(204);
    const orphan = await editor.request('GET', `/api/v1/staff/events/${event.body.data.id}`);
    expect(orphan.body.data).toMatchObject({ seriesId: null, seriesPosition: 1 });
  });
});
