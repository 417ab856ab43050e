import type { ComputedRef, Ref, ShallowRef } from 'vue';
import type { ResourceState } from '../../../composables/use-resource';
import type { StaffDocument, WorkflowAction } from '../shared/staff-resource';
import type { Conflict } from '../shared/use-editable-document';

/** What <EditorFrame> uses of a useEditableDocument() (any resource, any draft). */
export interface EditorHandle {
  state: ShallowRef<ResourceState<StaffDocument | null>>;
  doc: ShallowRef<StaffDocument | null>;
  dirty: ComputedRef<boolean>;
  isNew: ComputedRef<boolean>;
  saving: Ref<boolean>;
  conflict: Ref<Conflict | null>;
  reload(): Promise<void>;
  save(): Promise<boolean>;
  move(action: WorkflowAction, publishAt?: string): Promise<boolean>;
  restore(revisionId: number): Promise<boolean>;
  remove(): Promise<boolean>;
  discardAndReload(): Promise<void>;
  compare(): Promise<void>;
  closeConflict(): void;
}

/** The id in the route (`/admin/…/:id`), or null for a new item. */
export function routeId(raw: unknown): number | null {
  return typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** The document's value of `field` in `locale`, else in any language it has. */
export function titleOf<T extends object>(
  translations: Partial<Record<string, T | null | undefined>> | undefined,
  locale: string,
  field: keyof T,
): string | null {
  if (!translations) return null;
  const own = translations[locale]?.[field];
  if (typeof own === 'string' && own.trim()) return own;
  for (const value of Object.values(translations)) {
    const text = value?.[field];
    if (typeof text === 'string' && text.trim()) return text;
  }
  return null;
}

/** A translation of a stored document as a draft: `blank` with the stored values over it. */
export function translationsToDraft<T extends object>(
  translations: object,
  blank: () => T,
): Partial<Record<'ky' | 'ru' | 'en', T>> {
  const out: Partial<Record<'ky' | 'ru' | 'en', T>> = {};
  for (const [locale, value] of Object.entries(translations) as ['ky' | 'ru' | 'en', T][]) {
    if (value) out[locale] = { ...blank(), ...value };
  }
  return out;
}

/** '' and NaN (an emptied number field) as null. */
export function numberOrNull(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Languages with an API error on one of their fields (their tab is marked). */
export function invalidLocales(errors: Record<string, string>): ('ky' | 'ru' | 'en')[] {
  return (['ky', 'ru', 'en'] as const).filter((l) =>
    Object.keys(errors).some((k) => k.startsWith(`translations.${l}`)),
  );
}
