import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from '../../shared/problems.js';

/** The ETag of one version of one staff item: changes with every save. */
export function versionTag(type: string, id: number, version: number): string {
  return `"${type}-${id}-v${version}"`;
}

/**
 * Optimistic concurrency for PATCH, DELETE and workflow moves: the client sends back the ETag
 * it read. None (or `*`) is 428, another version is 412: someone else saved in between.
 */
export function checkIfMatch(request: FastifyRequest, current: string): void {
  const sent = request.headers['if-match'];
  if (!sent || sent.trim() === '*') {
    throw new HttpProblem({
      status: 428,
      title: 'Precondition Required',
      type: 'urn:jaryk:problem:if-match-required',
      detail: 'Send If-Match with the ETag of the version you read.',
    });
  }
  const tags = sent.split(',').map((t) => t.trim());
  if (!tags.includes(current)) {
    throw new HttpProblem({
      status: 412,
      title: 'Precondition Failed',
      type: 'urn:jaryk:problem:edit-conflict',
      detail:
        'Someone else changed this item since you read it. Reload it, or compare the versions.',
    });
  }
}

export function sendVersionTag(reply: FastifyReply, tag: string): FastifyReply {
  return reply.header('etag', tag);
}

/** Schema of the If-Match header on routes that need it (documented in OpenAPI). */
export const IfMatchHeaders = {
  type: 'object',
  properties: {
    'if-match': { type: 'string', description: 'ETag of the version being changed' },
  },
} as const;
