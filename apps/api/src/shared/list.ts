import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../db/schema/common.js';

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Sends a list answer with `meta` and an RFC 8288 `Link` header (first, prev, next, last),
 * keeping the caller's other query parameters.
 */
export function sendList<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  page: Page<T>,
  paging: { page: number; pageSize: number; locale: Locale },
) {
  const lastPage = Math.max(1, Math.ceil(page.total / paging.pageSize));
  const url = new URL(request.url, 'http://x');
  const link = (n: number, rel: string) => {
    url.searchParams.set('page', String(n));
    url.searchParams.set('pageSize', String(paging.pageSize));
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links = [link(1, 'first')];
  if (paging.page > 1) links.push(link(Math.min(paging.page - 1, lastPage), 'prev'));
  if (paging.page < lastPage) links.push(link(paging.page + 1, 'next'));
  links.push(link(lastPage, 'last'));
  reply.header('link', links.join(', '));
  return reply.send({
    data: page.items,
    meta: {
      page: paging.page,
      pageSize: paging.pageSize,
      total: page.total,
      locale: paging.locale,
    },
  });
}
