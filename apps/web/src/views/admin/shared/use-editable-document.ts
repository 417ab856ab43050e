import { ProblemError } from '@jaryk/client';
import {
  type Ref,
  type ShallowRef,
  computed,
  onBeforeUnmount,
  onMounted,
  ref,
  shallowRef,
  watch,
} from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import type { ResourceState } from '../../../composables/use-resource';
import { useAdminT } from '../i18n';
import { useNotices } from './notices';
import { fieldErrorsOf } from './problems';
import type { FieldChange, StaffDocument, StaffResource, WorkflowAction } from './staff-resource';

export interface EditableOptions<Doc extends StaffDocument, Draft extends object> {
  /** The resource's API, e.g. staffResource<ArticleDocument, ArticleCreate, ArticleUpdate>('articles'). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resource: StaffResource<Doc, any, any>;
  /** The item's id, or null for a new item (re-read when it changes). */
  id: () => number | null;
  /** The draft of a new item. */
  blank: () => Draft;
  /** The editable fields of a stored document, in the shape of the create/update bodies. */
  toDraft: (doc: Doc) => Draft;
  /** After the first save of a new item, e.g. to go to its address. */
  onCreated?: (doc: Doc) => void;
  /** Ask before leaving with unsaved changes (default true; off in tests of other things). */
  guardLeave?: boolean;
}

export interface Conflict {
  /** Field changes someone else saved since this page read the item; null until compared. */
  changes: FieldChange[] | null;
  comparing: boolean;
}

/** JSON with sorted keys, '' as null: equal drafts compare equal however they were typed. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === '') return null;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}

/**
 * The PATCH body that turns `base` into `draft`: only the top-level fields that differ; for
 * `translations`, only the languages that differ (each sent whole), and null for a language
 * that was removed — the API's PATCH semantics.
 */
export function changedFields<Draft extends object>(base: Draft, draft: Draft): Partial<Draft> {
  const out: Record<string, unknown> = {};
  const before = base as Record<string, unknown>;
  const after = draft as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'translations') {
      const b = (before[key] ?? {}) as Record<string, unknown>;
      const a = (after[key] ?? {}) as Record<string, unknown>;
      const changed: Record<string, unknown> = {};
      for (const locale of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (stableStringify(b[locale] ?? null) !== stableStringify(a[locale] ?? null)) {
          changed[locale] = a[locale] ?? null;
        }
      }
      if (Object.keys(changed).length > 0) out[key] = changed;
    } else if (stableStringify(before[key]) !== stableStringify(after[key])) {
      out[key] = after[key];
    }
  }
  return out as Partial<Draft>;
}

/** A draft's translations without removed (null) languages: the body of a create. */
function createBody<Draft extends object>(draft: Draft): Draft {
  const copy = { ...draft } as Record<string, unknown>;
  if (copy.translations && typeof copy.translations === 'object') {
    copy.translations = Object.fromEntries(
      Object.entries(copy.translations as Record<string, unknown>).filter(([, v]) => v != null),
    );
  }
  return copy as Draft;
}

/**
 * Editing one staff document (article, event, page, place …), for any resource of the staff
 * API. Loads the document and its ETag; `draft` is the local copy the form edits, `dirty` says
 * whether it differs from what was loaded. `save()` creates (POST) a new item or sends only the
 * changed fields (PATCH with If-Match); `move(action)` runs a workflow step (saving first);
 * `restore(revisionId)` brings back an old version. A 412 (someone else saved meanwhile) opens
 * `conflict`: show <ConflictDialog> with it, which offers `discardAndReload()` or `compare()`
 * (the fields they changed, before and after). Leaving the page or closing the tab with
 * unsaved changes asks first. Field errors of a 400/409 are in `fieldErrors` (by API field
 * name), other errors go to the notice area.
 *
 *   const editor = useEditableDocument({ resource: articles, id: () => id.value, blank, toDraft });
 *   <AsyncState :state="editor.state.value" @retry="editor.reload">…</AsyncState>
 */
export function useEditableDocument<Doc extends StaffDocument, Draft extends object>(
  options: EditableOptions<Doc, Draft>,
) {
  const { resource } = options;
  const t = useAdminT();
  const notices = useNotices();

  const state: ShallowRef<ResourceState<Doc | null>> = shallowRef({ status: 'loading' });
  const doc = shallowRef<Doc | null>(null);
  const etag = ref('');
  const base = shallowRef<Draft>(options.blank());
  const draft = ref(options.blank()) as Ref<Draft>;
  const saving = ref(false);
  const fieldErrors = ref<Record<string, string>>({});
  const conflict = ref<Conflict | null>(null);

  const dirty = computed(() => stableStringify(draft.value) !== stableStringify(base.value));
  const isNew = computed(() => doc.value === null);

  function accept(next: Doc, nextEtag: string) {
    doc.value = next;
    etag.value = nextEtag;
    base.value = options.toDraft(next);
    draft.value = options.toDraft(next);
    fieldErrors.value = {};
    state.value = { status: 'ready', data: next };
  }

  let loadCount = 0;
  async function reload(): Promise<void> {
    const id = options.id();
    const mine = ++loadCount;
    conflict.value = null;
    fieldErrors.value = {};
    if (id === null) {
      doc.value = null;
      etag.value = '';
      base.value = options.blank();
      draft.value = options.blank();
      state.value = { status: 'ready', data: null };
      return;
    }
    state.value = { status: 'loading' };
    try {
      const loaded = await resource.get(id);
      if (mine === loadCount) accept(loaded.doc, loaded.etag);
    } catch (error) {
      if (mine === loadCount) state.value = { status: 'error', error };
    }
  }

  /** Turns a failed write into field errors, the conflict dialog or a notice. */
  function failed(error: unknown) {
    if (error instanceof ProblemError && error.status === 412) {
      conflict.value = { changes: null, comparing: false };
      return;
    }
    const errors = fieldErrorsOf(error);
    fieldErrors.value = errors;
    notices.handleError(error);
  }

  /** Saves the draft (create or PATCH of the changed fields); true when saved. */
  async function save(): Promise<boolean> {
    if (saving.value) return false;
    saving.value = true;
    try {
      if (!doc.value) {
        const created = await resource.create(createBody(draft.value));
        accept(created.doc, created.etag);
        notices.notify('success', t('editor.created'));
        options.onCreated?.(created.doc);
        return true;
      }
      if (!dirty.value) return true;
      const patch = changedFields(base.value, draft.value);
      const saved = await resource.update(doc.value.id, patch, etag.value);
      accept(saved.doc, saved.etag);
      notices.notify('success', t('editor.saved'));
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** A workflow step (submit, publish, schedule …); unsaved changes are saved first. */
  async function move(action: WorkflowAction, publishAt?: string): Promise<boolean> {
    if (dirty.value || !doc.value) {
      if (!(await save())) return false;
    }
    const current = doc.value;
    if (!current) return false;
    saving.value = true;
    try {
      const body = publishAt ? { action, publishAt } : { action };
      const moved = await resource.workflow(current.id, body, etag.value);
      accept(moved.doc, moved.etag);
      notices.notify('success', t(`workflow.done.${action}`));
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Brings back revision `revisionId` as a new version (unsaved changes are dropped). */
  async function restore(revisionId: number): Promise<boolean> {
    const current = doc.value;
    if (!current) return false;
    saving.value = true;
    try {
      const restored = await resource.restore(current.id, revisionId, etag.value);
      accept(restored.doc, restored.etag);
      notices.notify('success', t('revisions.restored'));
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Deletes the item; true when deleted. */
  async function remove(): Promise<boolean> {
    const current = doc.value;
    if (!current) return false;
    saving.value = true;
    try {
      await resource.remove(current.id, etag.value);
      base.value = draft.value; // nothing left to lose
      notices.notify('success', t('editor.deleted'));
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Conflict: drop the local changes and read the version someone else saved. */
  async function discardAndReload(): Promise<void> {
    base.value = draft.value;
    await reload();
  }

  /** Conflict: what changed between the version this page read and the current one. */
  async function compare(): Promise<void> {
    const current = doc.value;
    if (!current || !conflict.value) return;
    conflict.value = { ...conflict.value, comparing: true };
    try {
      const revisions = await resource.revisions(current.id);
      const read = revisions.find((revision) => revision.version === current.version);
      const changes = read ? await resource.changes(current.id, read.id) : [];
      conflict.value = { changes, comparing: false };
    } catch (error) {
      conflict.value = { ...conflict.value, comparing: false };
      notices.handleError(error);
    }
  }

  function closeConflict() {
    conflict.value = null;
  }

  watch(options.id, () => void reload(), { immediate: true });

  // Unsaved changes: ask before leaving for another page, and before closing the tab.
  if (options.guardLeave !== false) {
    onBeforeRouteLeave(() => {
      if (dirty.value && !window.confirm(t('editor.leaveConfirm'))) return false;
    });
  }
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty.value) return;
    event.preventDefault();
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', beforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload));

  return {
    state,
    doc,
    etag,
    draft,
    dirty,
    isNew,
    saving,
    fieldErrors,
    conflict,
    reload,
    save,
    move,
    restore,
    remove,
    discardAndReload,
    compare,
    closeConflict,
  };
}

export type EditableDocument<Doc extends StaffDocument, Draft extends object> = ReturnType<
  typeof useEditableDocument<Doc, Draft>
>;
