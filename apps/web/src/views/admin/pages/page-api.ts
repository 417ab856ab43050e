import { type Locale, type Schemas, unwrap } from '@jaryk/client';
import { staffApi } from '../../../staff-api';
import { staffResource } from '../shared/staff-resource';

export type PageDocument = Schemas['PageDocument'];
export type PageCreate = Schemas['PageCreate'];
export type PageUpdate = Schemas['PageUpdate'];
export type PublicPage = Schemas['Page'];

export const pages = staffResource<PageDocument, PageCreate, PageUpdate>('pages');

/** A page in any state as the site would show it in `locale`. */
export async function previewPage(id: number, locale: Locale, signal?: AbortSignal) {
  const result = await staffApi.GET('/api/v1/staff/pages/{id}/preview', {
    params: { path: { id }, query: { locale } },
    signal,
  });
  return unwrap(result).data;
}
