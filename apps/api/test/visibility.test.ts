import { describe, expect, it } from 'vitest';
import { getJson } from './helpers/app.js';
import { newArticle, newEvent, newPlace } from './helpers/factories.js';

interface List {
  data: { slug: string }[];
  meta: { total: number };
}

describe('only published content whose time has come is public', () => {
  it('hides drafts, articles in review, archived and scheduled articles from lists, search and detail', async () => {
    const hidden = await Promise.all([
      newArticle({
        status: 'draft',
        translations: { en: { title: 'Invisible draft visibilityprobe' } },
      }),
      newArticle({
        status: 'review',
        translations: { en: { title: 'Invisible review visibilityprobe' } },
      }),
      newArticle({
        status: 'archived',
        translations: { en: { title: 'Invisible archived visibilityprobe' } },
      }),
      newArticle({
        publishAt: new Date(Date.now() + 86_400_000),
        translations: { en: { title: 'Scheduled visibilityprobe' } },
      }),
    ]);
    const shown = await newArticle({ translations: { en: { title: 'Visible visibilityprobe' } } });
    const list = await getJson<List>(`/api/v1/articles?q=visibilityprobe`);
    expect(list.body.data.map((a) => a.slug)).toEqual([`${shown.slug}-en`]);
    expect(list.body.meta.total).toBe(1);
    for (const a of hidden) {
      expect((await getJson(`/api/v1/articles/${a.slug}-en`)).status).toBe(404);
    }
  });

  it('hides draft and scheduled events, and does not link them from articles', async () => {
    const place = await newPlace({ parentSlug: 'osh-oblast' });
    const draft = await newEvent({ placeId: place.id, status: 'draft' });
    const scheduled = await newEvent({
      placeId: place.id,
      publishAt: new Date(Date.now() + 86_400_000),
    });
    const visible = await newEvent({ placeId: place.id });
    const article = await newArticle({ eventIds: [draft.id, scheduled.id, visible.id] });
    const list = await getJson<List>(`/api/v1/events?place=${place.slug}`);
    expect(list.body.data.map((e) => e.slug)).toEqual([visible.slug]);
    expect((await getJson(`/api/v1/events/${draft.slug}`)).status).toBe(404);
    const detail = await getJson<{ data: { events: { slug: string }[] } }>(
      `/api/v1/articles/${article.slug}-en`,
    );
    expect(detail.body.data.events.map((e) => e.slug)).toEqual([visible.slug]);
  });
});
