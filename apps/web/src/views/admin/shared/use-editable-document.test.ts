import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { problem } from '../../../testing/fake-fetch';
import { server } from '../../../testing/mock-api';
import { adminTestSetup, withEtag } from '../testing';
import ConflictDialog from './ConflictDialog.vue';
import { type ArticleDocument, articlesResource } from './resources';
import { changedFields, useEditableDocument } from './use-editable-document';
import { articleToDraft, blankArticle } from '../articles/use-article-editor';

vi.mock('../../../staff-api', () => import('../../../testing/mock-staff-api'));

enableAutoUnmount(afterEach);
beforeEach(() => server.reset());
afterEach(() => {
  expect(server.unexpected()).toEqual([]);
  expect(server.unused()).toEqual([]);
});

function article(overrides: Partial<ArticleDocument> = {}): ArticleDocument {
  return {
    id: 5,
    version: 3,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    missingLocales: ['ky', 'en'],
    status: 'draft',
    state: 'draft',
    publishAt: null,
    owner: { id: 7, displayName: 'Aigul' },
    byline: 'Aigul, Osh',
    bylineName: null,
    bylinePlaceId: null,
    bylineRole: null,
    coverMediaId: null,
    featured: false,
    featuredOrder: 0,
    galleryMediaIds: [],
    tagIds: [],
    eventIds: [],
    projectIds: [],
    groupIds: [],
    translations: {
      ru: {
        title: 'Тренинг',
        slug: 'trening',
        summary: null,
        body: '<p>Текст</p>',
        seoTitle: null,
        seoDescription: null,
      },
    },
    ...overrides,
  };
}

async function mountEditor() {
  const { pinia, router } = await adminTestSetup({ role: 'editor' });
  let editor!: ReturnType<
    typeof useEditableDocument<ArticleDocument, ReturnType<typeof articleToDraft>>
  >;
  const Host = defineComponent({
    setup() {
      editor = useEditableDocument({
        resource: articlesResource,
        id: () => 5,
        blank: () => blankArticle('ru'),
        toDraft: articleToDraft,
        guardLeave: false,
      });
      return () =>
        h('div', [
          editor.conflict.value
            ? h(ConflictDialog, {
                conflict: editor.conflict.value,
                onReload: editor.discardAndReload,
                onCompare: editor.compare,
                onClose: editor.closeConflict,
              })
            : null,
        ]);
    },
  });
  const wrapper = mount(Host, { global: { plugins: [pinia, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, editor: () => editor };
}

describe('useEditableDocument', () => {
  it('tracks changes: dirty after an edit, clean again when undone', async () => {
    server.on('GET', '/api/v1/staff/articles/5', withEtag({ data: article() }, '"article-5-v3"'));
    const { editor } = await mountEditor();
    const e = editor();
    expect(e.state.value.status).toBe('ready');
    expect(e.dirty.value).toBe(false);
    e.draft.value.byline = 'Someone else';
    expect(e.dirty.value).toBe(true);
    e.draft.value.byline = 'Aigul, Osh';
    expect(e.dirty.value).toBe(false);
    // An empty text and a missing one are the same (a form field left empty).
    e.draft.value.translations.ru!.seoTitle = '';
    expect(e.dirty.value).toBe(false);
  });

  it('saves only the changed fields with If-Match and the CSRF header', async () => {
    server.on('GET', '/api/v1/staff/articles/5', withEtag({ data: article() }, '"article-5-v3"'));
    const { editor } = await mountEditor();
    const e = editor();
    e.draft.value.byline = 'Elmira, Bishkek';
    e.draft.value.translations.ru!.title = 'Новый заголовок';
    const saved = article({ version: 4, byline: 'Elmira, Bishkek' });
    saved.translations.ru!.title = 'Новый заголовок';
    server.on('PATCH', '/api/v1/staff/articles/5', withEtag({ data: saved }, '"article-5-v4"'));
    expect(await e.save()).toBe(true);
    const patch = server.requests().find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"article-5-v3"');
    expect(patch.headers.get('x-csrf-token')).toBe('csrf-token-1');
    expect(await patch.json()).toEqual({
      byline: 'Elmira, Bishkek',
      translations: {
        ru: {
          title: 'Новый заголовок',
          slug: 'trening',
          summary: '',
          body: '<p>Текст</p>',
          seoTitle: '',
          seoDescription: '',
        },
      },
    });
    expect(e.etag.value).toBe('"article-5-v4"');
    expect(e.dirty.value).toBe(false);
  });

  it('on 412 opens the conflict dialog, compares field by field, and reloads on request', async () => {
    server.on('GET', '/api/v1/staff/articles/5', withEtag({ data: article() }, '"article-5-v3"'));
    const { wrapper, editor } = await mountEditor();
    const e = editor();
    e.draft.value.byline = 'Mine';
    server.on('PATCH', '/api/v1/staff/articles/5', problem(412, 'Precondition Failed'));
    expect(await e.save()).toBe(false);
    await flushPromises();
    const dialog = wrapper.find('dialog');
    expect(dialog.text()).toContain('Someone else changed this item');

    server.on(
      'GET',
      '/api/v1/staff/articles/5/revisions',
      withEtag(
        {
          data: [
            { id: 31, version: 4, createdAt: '2026-01-03T00:00:00Z', user: null },
            { id: 30, version: 3, createdAt: '2026-01-02T00:00:00Z', user: null },
          ],
        },
        '',
      ),
    );
    server.on(
      'GET',
      '/api/v1/staff/articles/5/revisions/30/changes',
      withEtag({ data: [{ path: 'byline', before: 'Aigul, Osh', after: 'Theirs' }] }, ''),
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'What changed?')!
      .trigger('click');
    await flushPromises();
    const row = wrapper.find('dialog tbody tr');
    expect(row.text()).toContain('byline');
    expect(row.text()).toContain('Aigul, Osh');
    expect(row.text()).toContain('Theirs');

    server.on(
      'GET',
      '/api/v1/staff/articles/5',
      withEtag({ data: article({ version: 4, byline: 'Theirs' }) }, '"article-5-v4"'),
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Load the new version')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('dialog').exists()).toBe(false);
    expect(e.draft.value.byline).toBe('Theirs');
    expect(e.dirty.value).toBe(false);
    expect(e.etag.value).toBe('"article-5-v4"');
  });
});

describe('changedFields', () => {
  it('sends changed languages whole and removed ones as null', () => {
    const base = { a: 1, translations: { ru: { title: 'x' }, en: { title: 'y' } } };
    const draft = { a: 1, translations: { ru: { title: 'z' } } };
    expect(changedFields(base, draft)).toEqual({ translations: { ru: { title: 'z' }, en: null } });
  });
});
