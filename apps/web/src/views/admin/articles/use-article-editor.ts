import type { Locale, Schemas } from '@jaryk/client';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useResource } from '../../../composables/use-resource';
import { useLocaleStore } from '../../../stores/locale';
import { articlesResource, eventsList, type ArticleDocument } from '../shared/resources';
import { slugify } from '../shared/slugify';
import { staffResource } from '../shared/staff-resource';
import { useEditableDocument } from '../shared/use-editable-document';

export type ArticleTranslation = Schemas['ArticleTranslationInput'];

/** The article editor's draft: every field of ArticleCreate / ArticleUpdate. */
export interface ArticleDraft {
  byline: string | null;
  coverMediaId: number | null;
  featured: boolean;
  featuredOrder: number;
  galleryMediaIds: number[];
  tagIds: number[];
  eventIds: number[];
  translations: Partial<Record<Locale, ArticleTranslation>>;
}

export function blankTranslation(): ArticleTranslation {
  return { title: '', slug: '', summary: '', body: '', seoTitle: '', seoDescription: '' };
}

export function blankArticle(locale: Locale): ArticleDraft {
  return {
    byline: '',
    coverMediaId: null,
    featured: false,
    featuredOrder: 0,
    galleryMediaIds: [],
    tagIds: [],
    eventIds: [],
    translations: { [locale]: blankTranslation() },
  };
}

export function articleToDraft(doc: ArticleDocument): ArticleDraft {
  const translations: Partial<Record<Locale, ArticleTranslation>> = {};
  for (const [locale, tr] of Object.entries(doc.translations) as [Locale, ArticleTranslation][]) {
    if (!tr) continue;
    translations[locale] = {
      title: tr.title,
      slug: tr.slug,
      summary: tr.summary ?? '',
      body: tr.body,
      seoTitle: tr.seoTitle ?? '',
      seoDescription: tr.seoDescription ?? '',
    };
  }
  return {
    byline: doc.byline ?? '',
    coverMediaId: doc.coverMediaId,
    featured: doc.featured,
    featuredOrder: doc.featuredOrder,
    galleryMediaIds: [...doc.galleryMediaIds],
    tagIds: [...doc.tagIds],
    eventIds: [...doc.eventIds],
    translations,
  };
}

/** Required fields of one language: title, slug and body. */
export function isTranslationComplete(tr: ArticleTranslation): boolean {
  return Boolean(tr.title.trim() && tr.slug.trim() && tr.body.replace(/<[^>]*>/g, '').trim());
}

/**
 * A new title suggests the slug, as long as the slug is empty or still the one suggested by
 * the previous title (a slug typed by hand stays).
 */
export function onTitleInput(tr: ArticleTranslation, title: string): void {
  const followed = !tr.slug || tr.slug === slugify(tr.title);
  tr.title = title;
  if (followed) tr.slug = slugify(title);
}

const tagsResource = staffResource('tags');

/** A tag as a choice: its name in `locale`, else in any language, else its slug. */
function tagChoice(tag: unknown, locale: Locale): { id: number; title: string } {
  const t = tag as {
    id: number;
    slug?: string;
    title?: string;
    translations?: Partial<Record<Locale, { name: string }>>;
  };
  const names = t.translations ?? {};
  const name = names[locale]?.name ?? Object.values(names).find((n) => n?.name)?.name;
  return { id: t.id, title: name ?? t.title ?? t.slug ?? `#${t.id}` };
}

/**
 * The article editor: useEditableDocument over the articles API, plus the choices the form
 * offers (tags, events to link) in the UI language.
 */
export function useArticleEditor() {
  const route = useRoute();
  const router = useRouter();
  const localeStore = useLocaleStore();
  const id = computed(() => (route.params.id ? Number(route.params.id) : null));

  const editor = useEditableDocument({
    resource: articlesResource,
    id: () => id.value,
    blank: () => blankArticle(localeStore.locale),
    toDraft: articleToDraft,
    onCreated: (doc) => void router.replace({ name: 'admin-article', params: { id: doc.id } }),
  });

  const choices = useResource(
    () => localeStore.locale,
    async (signal) => {
      const query = { page: 1, pageSize: 100, locale: localeStore.locale };
      const [tags, events] = await Promise.all([
        tagsResource.list(query, signal).catch(() => ({ data: [] })),
        eventsList.list(query, signal),
      ]);
      return {
        tags: tags.data.map((tag) => tagChoice(tag, localeStore.locale)),
        events: events.data,
      };
    },
  );

  return { id, editor, choices };
}
