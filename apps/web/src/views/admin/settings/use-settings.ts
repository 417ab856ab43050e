import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { computed, ref, shallowRef } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { type ResourceState, useResource } from '../../../composables/use-resource';
import { staffApi } from '../../../staff-api';
import { useLocaleStore } from '../../../stores/locale';
import { useAdminT } from '../i18n';
import { useNotices } from '../shared/notices';
import { fieldErrorsOf } from '../shared/problems';
import { articlesResource, eventsList } from '../shared/resources';
import { changedFields, stableStringify } from '../shared/use-editable-document';

export type SettingsDocument = Schemas['SiteSettingsDocument'];
type SettingsTranslation = { siteName: string; slogan: string | null; description: string | null };

export interface SettingsDraft {
  defaultLocale: Locale;
  timeZone: string;
  contactEmail: string | null;
  socialLinks: { network: string; url: string }[];
  slideshow: { type: 'article' | 'event'; id: number }[];
  mapTileUrl: string;
  mapTileAttribution: string;
  translations: Partial<Record<Locale, SettingsTranslation>>;
}

function toDraft(doc: SettingsDocument): SettingsDraft {
  return {
    defaultLocale: doc.defaultLocale,
    timeZone: doc.timeZone,
    contactEmail: doc.contactEmail ?? '',
    socialLinks: doc.socialLinks.map((link) => ({ network: link.network, url: link.url })),
    slideshow: doc.slideshow.map((entry) => ({ type: entry.type, id: entry.id })),
    mapTileUrl: doc.mapTileUrl,
    mapTileAttribution: doc.mapTileAttribution,
    translations: JSON.parse(JSON.stringify(doc.translations)) as SettingsDraft['translations'],
  };
}

/**
 * The site settings (admins): one document, read with its ETag and saved with only the changed
 * fields and If-Match, like useEditableDocument; plus the articles and events to pick slides from.
 */
export function useSettings() {
  const t = useAdminT();
  const notices = useNotices();
  const localeStore = useLocaleStore();
  const state = shallowRef<ResourceState<SettingsDocument>>({ status: 'loading' });
  const etag = ref('');
  const base = shallowRef<SettingsDraft | null>(null);
  const draft = ref<SettingsDraft | null>(null);
  const errors = ref<Record<string, string>>({});
  const busy = ref(false);
  const dirty = computed(() => stableStringify(draft.value) !== stableStringify(base.value));

  function accept(doc: SettingsDocument, tag: string | null) {
    etag.value = tag ?? '';
    base.value = toDraft(doc);
    draft.value = toDraft(doc);
    state.value = { status: 'ready', data: doc };
  }

  async function load() {
    state.value = { status: 'loading' };
    try {
      const result = await staffApi.GET('/api/v1/staff/settings');
      accept(unwrap(result).data, result.response.headers.get('etag'));
    } catch (error) {
      state.value = { status: 'error', error };
    }
  }

  async function save() {
    if (!draft.value || !base.value) return;
    busy.value = true;
    errors.value = {};
    try {
      const patch = changedFields(base.value, draft.value) as Record<string, unknown>;
      if ('contactEmail' in patch && !patch.contactEmail) patch.contactEmail = null;
      const result = await staffApi.PATCH('/api/v1/staff/settings', {
        params: { header: { 'if-match': etag.value } },
        body: patch as Schemas['SiteSettingsUpdate'],
      });
      accept(unwrap(result).data, result.response.headers.get('etag'));
      notices.notify('success', t('settings.saved'));
    } catch (error) {
      errors.value = fieldErrorsOf(error);
      notices.handleError(error);
    } finally {
      busy.value = false;
    }
  }

  const choices = useResource(
    () => localeStore.locale,
    async (signal) => {
      const query = { page: 1, pageSize: 100, locale: localeStore.locale };
      const [articles, events] = await Promise.all([
        articlesResource.list(query, signal),
        eventsList.list(query, signal),
      ]);
      return { articles: articles.data, events: events.data };
    },
  );

  onBeforeRouteLeave(() => {
    if (dirty.value && !window.confirm(t('editor.leaveConfirm'))) return false;
  });

  void load();
  return { state, draft, errors, busy, dirty, save, reload: load, choices };
}
