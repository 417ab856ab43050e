import type { Locale } from '@jaryk/client';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { DEFAULT_LOCALE } from '../i18n/locales';

/**
 * The UI language, shared by every view. The route's `:locale` sets it once a navigation is
 * confirmed (router.ts); the UI strings (i18n/index.ts) and `<html lang>` (App.vue) follow it.
 */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE);

  function setLocale(next: Locale) {
    locale.value = next;
  }

  return { locale, setLocale };
});
