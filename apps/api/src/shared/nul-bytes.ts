import type { FastifyRequest } from 'fastify';
import { invalidField } from './problems.js';

/** The dotted path of the first string holding U+0000 in a parsed JSON value, else null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, and the database would answer with an error the client
 * caused: a preValidation hook that refuses such input as a 400 naming the field instead.
 */
export async function refuseNulBytes(request: FastifyRequest): Promise<void> {
  const inQuery = nulPath(request.query, '');
  if (inQuery) throw invalidField('query', inQuery, 'must not contain NUL characters');
  const inBody = nulPath(request.body, '');
  if (inBody) throw invalidField('body', inBody, 'must not contain NUL characters');
}
