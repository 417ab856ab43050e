import type { Locale } from '@jaryk/client';
import {
  type MessageKey,
  type Named,
  addMessages,
  isLocale,
  loadMessages,
  pickLocale,
  translateKey,
} from '../../../i18n';
import { useLocaleStore } from '../../../stores/locale';
import type { AdminMessages } from './ru';

/**
 * The admin's own strings, one lazily loaded catalog per language (never in the visitors'
 * chunks), merged into the app's i18n under `admin.`. The admin's UI language is the staff
 * member's choice (remembered in localStorage), independent of the site's URL language.
 */
const loaders: Record<Locale, () => Promise<{ default: AdminMessages }>> = {
  ky: () => import('./ky'),
  ru: () => import('./ru'),
  en: () => import('./en'),
};

const loaded = new Set<Locale>();
const STORAGE_KEY = 'jaryk.admin.locale';

/** Dotted paths to the admin's strings, e.g. `'nav.articles'`. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
export type AdminKey = Paths<AdminMessages>;

export const isAdminLoaded = (locale: Locale) => loaded.has(locale);

/** Loads the admin's and the site's common strings of `locale` (once each). */
export async function loadAdminMessages(locale: Locale): Promise<void> {
  const site = loadMessages(locale);
  if (!loaded.has(locale)) {
    const module = await loaders[locale]();
    addMessages(locale, 'admin', module.default);
    loaded.add(locale);
  }
  await site;
}

/**
 * The language the staff member chose last time, else the browser's (kept while they stay in
 * the admin, whatever language the site is in).
 */
let sessionChoice: Locale | null = null;
export function preferredAdminLocale(): Locale {
  if (sessionChoice) return sessionChoice;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage blocked: the browser's language
  }
  // No choice yet: the browser's language (the site's start-up default would say nothing).
  sessionChoice = pickLocale(navigator.languages ?? [navigator.language]);
  return sessionChoice;
}

/** Switches the admin's UI language (after its strings are in) and remembers the choice. */
export async function setAdminLocale(locale: Locale): Promise<void> {
  await loadAdminMessages(locale);
  useLocaleStore().setLocale(locale);
  sessionChoice = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered, still switched
  }
}

/** An admin string as a route's `titleKey` (App.vue writes the document title from it). */
export function adminTitle(key: AdminKey): MessageKey {
  return `admin.${key}` as MessageKey;
}

/** `t()` for admin components: admin strings by key, in the admin's UI language. */
export function useAdminT() {
  const store = useLocaleStore();
  return (key: AdminKey, named?: Named): string =>
    translateKey(store.locale, `admin.${key}`, named);
}
