import { type Schemas, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';

export type StaffListItem = Schemas['StaffListItem'];
export type ListMeta = Schemas['ListMeta'];
export type WorkflowState = Schemas['WorkflowState'];
export type WorkflowAction = Schemas['WorkflowChange']['action'];
export type RevisionSummary = Schemas['RevisionSummary'];
export type FieldChange = Schemas['FieldChange'];
export type StaffRef = Schemas['StaffRef'];

export interface StaffListQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  state?: WorkflowState;
  mine?: boolean;
  missingLocale?: string;
  locale?: string;
}

/** What every staff document has (the registrar on the server gives every resource these). */
export interface StaffDocument {
  id: number;
  version: number;
  updatedAt: string;
  missingLocales: string[];
  translations: object;
  state?: WorkflowState;
  status?: string;
  publishAt?: string | null;
  owner?: StaffRef | null;
}

/** A document with the ETag it was read with (If-Match of the next write). */
export interface Versioned<Doc> {
  doc: Doc;
  etag: string;
}

type Result = { data?: unknown; error?: unknown; response: Response };
type Init = {
  params?: { query?: object };
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};
/**
 * The staff client seen through plain paths: every staff resource has the same routes (one
 * registrar on the server), so one helper serves them all, typed by the caller's document
 * types. Still the generated client underneath (with its CSRF middleware).
 */
export const looseApi = staffApi as unknown as {
  GET(path: string, init?: Init): Promise<Result>;
  POST(path: string, init?: Init): Promise<Result>;
  PATCH(path: string, init?: Init): Promise<Result>;
  DELETE(path: string, init?: Init): Promise<Result>;
};

function versioned<Doc>(result: Result): Versioned<Doc> {
  const { data } = unwrap(result) as { data: Doc };
  const etag = result.response.headers.get('etag') ?? '';
  return { doc: data, etag };
}

/**
 * The staff API of one resource, e.g. `staffResource<ArticleDocument, ArticleCreate,
 * ArticleUpdate>('articles')`: list, read (with its ETag), create, update (only the fields
 * given, If-Match), delete, workflow moves, revisions (list, read, compare, restore).
 * `name` is the path under /api/v1/staff ('articles', 'events', 'media', 'places', …).
 */
export function staffResource<
  Doc extends StaffDocument,
  Create = unknown,
  Update = Partial<Create>,
>(name: string) {
  const base = `/api/v1/staff/${name}`;
  const ifMatch = (etag: string) => ({ 'if-match': etag });
  return {
    name,
    async list(query: StaffListQuery, signal?: AbortSignal) {
      const result = await looseApi.GET(base, { params: { query }, signal });
      return unwrap(result) as { data: StaffListItem[]; meta: ListMeta };
    },
    async get(id: number, signal?: AbortSignal): Promise<Versioned<Doc>> {
      return versioned(await looseApi.GET(`${base}/${id}`, { signal }));
    },
    async create(body: Create): Promise<Versioned<Doc>> {
      return versioned(await looseApi.POST(base, { body }));
    },
    async update(id: number, patch: Update, etag: string): Promise<Versioned<Doc>> {
      return versioned(
        await looseApi.PATCH(`${base}/${id}`, { body: patch, headers: ifMatch(etag) }),
      );
    },
    async remove(id: number, etag: string): Promise<void> {
      const result = await looseApi.DELETE(`${base}/${id}`, { headers: ifMatch(etag) });
      if (!result.response.ok) unwrap(result);
    },
    async workflow(
      id: number,
      body: { action: WorkflowAction; publishAt?: string },
      etag: string,
    ): Promise<Versioned<Doc>> {
      return versioned(
        await looseApi.POST(`${base}/${id}/workflow`, { body, headers: ifMatch(etag) }),
      );
    },
    async revisions(id: number, signal?: AbortSignal): Promise<RevisionSummary[]> {
      const result = await looseApi.GET(`${base}/${id}/revisions`, { signal });
      return (unwrap(result) as { data: RevisionSummary[] }).data;
    },
    async revision(id: number, revisionId: number): Promise<RevisionSummary & { document: Doc }> {
      const result = await looseApi.GET(`${base}/${id}/revisions/${revisionId}`);
      return (unwrap(result) as { data: RevisionSummary & { document: Doc } }).data;
    },
    /** Field changes from revision `revisionId` to `against` (default: the current version). */
    async changes(id: number, revisionId: number, against?: number): Promise<FieldChange[]> {
      const result = await looseApi.GET(`${base}/${id}/revisions/${revisionId}/changes`, {
        params: { query: against ? { against } : {} },
      });
      return (unwrap(result) as { data: FieldChange[] }).data;
    },
    async restore(id: number, revisionId: number, etag: string): Promise<Versioned<Doc>> {
      return versioned(
        await looseApi.POST(`${base}/${id}/revisions/${revisionId}/restore`, {
          headers: ifMatch(etag),
        }),
      );
    },
  };
}

export type StaffResource<
  Doc extends StaffDocument = StaffDocument,
  Create = unknown,
  Update = Partial<Create>,
> = ReturnType<typeof staffResource<Doc, Create, Update>>;
