import { ProblemError, type Schemas, type operations, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';
import { type UploadProgress, xhrFetch } from './xhr-fetch';

export type StaffMedia = Schemas['StaffMedia'];
export type MediaConsent = Schemas['MediaConsent'];
export type MediaKind = StaffMedia['kind'];
export type MediaUpdate = operations['updateMedia']['requestBody']['content']['application/json'];
type UploadBody = operations['uploadMedia']['requestBody']['content']['multipart/form-data'];

export const CONSENTS: readonly MediaConsent[] = ['unknown', 'obtained', 'not_required', 'refused'];
export const KINDS: readonly MediaKind[] = ['image', 'video', 'document'];

export interface MediaQuery {
  q?: string;
  kind?: MediaKind;
  consent?: MediaConsent;
  missingAlt?: 'ky' | 'ru' | 'en';
  mine?: boolean;
  page: number;
  pageSize: number;
}

const etagOf = (response: Response) => response.headers.get('etag') ?? '';

/** The staff media API through the generated client (CSRF header from its middleware). */
export const mediaApi = {
  async list(query: MediaQuery, signal?: AbortSignal) {
    return unwrap(await staffApi.GET('/api/v1/staff/media', { params: { query }, signal }));
  },
  async get(id: number, signal?: AbortSignal) {
    const result = await staffApi.GET('/api/v1/staff/media/{id}', {
      params: { path: { id } },
      signal,
    });
    return { item: unwrap(result).data, etag: etagOf(result.response) };
  },
  async update(id: number, body: MediaUpdate, etag: string) {
    const result = await staffApi.PATCH('/api/v1/staff/media/{id}', {
      params: { path: { id }, header: { 'if-match': etag } },
      body,
    });
    return { item: unwrap(result).data, etag: etagOf(result.response) };
  },
  async remove(id: number, etag: string) {
    const result = await staffApi.DELETE('/api/v1/staff/media/{id}', {
      params: { path: { id }, header: { 'if-match': etag } },
    });
    if (!result.response.ok) unwrap(result);
  },
  async addVideo(url: string) {
    const result = await staffApi.POST('/api/v1/staff/media/videos', { body: { url } });
    return { item: unwrap(result).data, created: result.response.status === 201 };
  },
  /**
   * Uploads a file as multipart form data through the generated client, over XMLHttpRequest
   * so that `onProgress` hears how much was sent. `created` is false when the same bytes were
   * already in the library (the API answers 200 with that record).
   */
  async upload(
    file: File,
    onProgress: (progress: UploadProgress) => void,
    signal?: AbortSignal,
    createXhr?: Parameters<typeof xhrFetch>[1],
  ) {
    const form = new FormData();
    form.append('file', file, file.name);
    const result = await staffApi.POST('/api/v1/staff/media', {
      body: form as unknown as UploadBody,
      bodySerializer: (body) => body as unknown as FormData,
      fetch: xhrFetch(onProgress, createXhr),
      signal,
    });
    return { item: unwrap(result).data, created: result.response.status === 201 };
  },
};

/** A short name for a record: its title in `locale`, else any title, else its file name. */
export function mediaName(item: StaffMedia, locale: string): string {
  const texts = item.translations as Record<string, { title: string | null } | undefined>;
  return (
    texts[locale]?.title ??
    Object.values(texts).find((x) => x?.title)?.title ??
    item.originalFilename ??
    (item.youtubeId ? `YouTube ${item.youtubeId}` : `#${item.id}`)
  );
}

/** What the API's problem says about an upload, as a message key of the library. */
export function uploadErrorKey(error: unknown) {
  if (error instanceof ProblemError) {
    if (error.status === 413) return 'upload.tooLarge' as const;
    if (error.status === 415) return 'upload.badType' as const;
  }
  return 'upload.failed' as const;
}
