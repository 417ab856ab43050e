import type { ContentStatus } from '../../db/schema/common.js';
import { HttpProblem } from '../../shared/problems.js';
import type { StaffUser } from '../auth/queries.js';

/** Everything staff can act on. */
export type StaffResource =
  | 'article'
  | 'event'
  | 'series'
  | 'organization'
  | 'community_group'
  | 'project'
  | 'place'
  | 'page'
  | 'media'
  | 'tag'
  | 'settings'
  | 'user'
  | 'audit';

/**
 * `submit` sends a draft to review and `withdraw` takes it back; `publish` covers every other
 * move of the workflow (publish, schedule, unpublish, archive, return to draft).
 */
export type StaffAction =
  'read' | 'create' | 'update' | 'delete' | 'submit' | 'withdraw' | 'publish';

/** What authorization needs to know about an existing item. */
export interface Subject {
  ownerId?: number | null | undefined;
  status?: ContentStatus | undefined;
}

const ADMIN_ONLY = new Set<StaffResource>(['user', 'settings', 'audit']);
/** What an author may create; all of it is then theirs while it is a draft. */
const AUTHORED = new Set<StaffResource>(['article', 'event', 'media']);

/**
 * The one place that says who may do what. Admins: everything. Editors: all content, not
 * users, settings or the audit log. Authors: read content; create articles, events and media;
 * edit, delete and submit their own drafts (and withdraw them from review); never publish.
 */
export function can(user: StaffUser, action: StaffAction, resource: StaffResource, item?: Subject) {
  if (user.role === 'admin') return true;
  if (ADMIN_ONLY.has(resource)) return false;
  if (user.role === 'editor') return true;
  if (action === 'read') return true;
  if (!AUTHORED.has(resource)) return false;
  if (action === 'create') return true;
  const own = item?.ownerId != null && item.ownerId === user.id;
  if (!own) return false;
  // Media has no workflow: an author's own uploads stay theirs to edit.
  const status = item?.status;
  switch (action) {
    case 'update':
    case 'delete':
    case 'submit':
      return status === undefined || status === 'draft';
    case 'withdraw':
      return status === 'review';
    default:
      return false;
  }
}

export function authorize(
  user: StaffUser,
  action: StaffAction,
  resource: StaffResource,
  item?: Subject,
): void {
  if (!can(user, action, resource, item)) {
    throw new HttpProblem({
      status: 403,
      title: 'Forbidden',
      type: 'urn:jaryk:problem:forbidden',
      detail: `Your role (${user.role}) may not ${action} this ${resource}.`,
    });
  }
}
