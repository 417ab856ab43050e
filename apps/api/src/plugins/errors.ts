import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, PROBLEM_TYPES } from '../shared/problems.js';
import type { ProblemBody } from '../shared/schemas.js';

type FieldError = NonNullable<ProblemBody['errors']>[number];
const LOCATIONS: Record<string, FieldError['in']> = {
  querystring: 'query',
  params: 'path',
  body: 'body',
  headers: 'header',
};

/** Fastify's own 4xx errors whose messages are fixed strings, safe to show. */
const SAFE_FRAMEWORK_ERRORS = new Set([
  'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
  'FST_ERR_CTP_EMPTY_TYPE',
  'FST_ERR_CTP_INVALID_TYPE',
  'FST_ERR_BAD_URL',
  'FST_ERR_ASYNC_CONSTRAINT',
  'FST_ERR_INVALID_URL',
]);

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ProblemBody) {
  return reply
    .code(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify({ ...problem, instance: request.url.split('?')[0] }));
}

function fieldErrors(error: FastifyError): FieldError[] {
  const location = LOCATIONS[error.validationContext ?? ''] ?? 'body';
  return (error.validation ?? []).map((v) => {
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = v.params as Record<string, unknown>;
    if (typeof params.additionalProperty === 'string') {
      const field = base ? `${base}.${params.additionalProperty}` : params.additionalProperty;
      return { in: location, field, message: 'is not a known parameter' };
    }
    if (typeof params.missingProperty === 'string') {
      const field = base ? `${base}.${params.missingProperty}` : params.missingProperty;
      return { in: location, field, message: 'is required' };
    }
    return { in: location, field: base || location, message: v.message ?? 'is invalid' };
  });
}

/** Constraint names whose violation points at one field of the request body. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  article_translations_locale_slug_key: 'translations.slug',
  page_translations_locale_slug_key: 'translations.slug',
  events_slug_key: 'slug',
  event_series_slug_key: 'slug',
  organizations_slug_key: 'slug',
  projects_slug_key: 'slug',
  places_slug_key: 'slug',
  pages_key_key: 'key',
  tags_slug_key: 'slug',
  users_email_key: 'email',
  events_series_id_event_series_id_fk: 'seriesId',
  events_place_id_places_id_fk: 'placeId',
  events_cover_media_id_media_id_fk: 'coverMediaId',
  events_period_order: 'endsAt',
  events_series_position_positive: 'seriesPosition',
  event_media_media_id_media_id_fk: 'galleryMediaIds',
  event_partners_organization_id_organizations_id_fk: 'partners',
  event_projects_project_id_projects_id_fk: 'projectIds',
  article_events_article_id_articles_id_fk: 'articleIds',
  participant_counts_nonnegative: 'participants',
  organizations_logo_media_id_media_id_fk: 'logoMediaId',
  organizations_place_id_places_id_fk: 'placeId',
  projects_cover_media_id_media_id_fk: 'coverMediaId',
  projects_period_order: 'endsOn',
  project_partners_organization_id_organizations_id_fk: 'partners',
  projects_budget_currency: 'budget',
  project_phases_period_order: 'phases',
  article_projects_article_id_articles_id_fk: 'articleIds',
  article_projects_project_id_projects_id_fk: 'projectIds',
  community_group_projects_group_id_community_groups_id_fk: 'groupIds',
  article_community_groups_group_id_community_groups_id_fk: 'groupIds',
  articles_byline_place_id_places_id_fk: 'bylinePlaceId',
  community_groups_slug_key: 'slug',
  community_groups_place_id_places_id_fk: 'placeId',
  community_groups_cover_media_id_media_id_fk: 'coverMediaId',
  community_group_grants_funder_organization_id_organizations_id_fk: 'grants',
  community_group_members_member_id_community_groups_id_fk: 'memberGroupIds',
  community_group_members_not_self: 'memberGroupIds',
  community_group_events_event_id_events_id_fk: 'eventIds',
  community_group_projects_project_id_projects_id_fk: 'projectIds',
  article_community_groups_article_id_articles_id_fk: 'articleIds',
};

/**
 * A database constraint the request broke (a taken slug, an id that does not exist, a value out
 * of range) as a 409 or 400 that names the field, never the SQL. Drizzle wraps the driver's
 * error, so the Postgres code may sit in `cause`.
 */
function constraintProblem(error: unknown): ProblemBody | null {
  const pgError = [error, (error as { cause?: unknown }).cause].find(
    (e): e is { code: string; constraint?: string } =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as { code?: unknown }).code === 'string' &&
      /^23\d{3}$/.test((e as { code: string }).code),
  );
  if (!pgError) return null;
  const field = CONSTRAINT_FIELDS[pgError.constraint ?? ''] ?? 'body';
  const [status, message] =
    pgError.code === '23505'
      ? [409, 'is already taken']
      : pgError.code === '23503'
        ? [409, 'refers to an item that does not exist, or the item is still in use']
        : [400, 'is out of range or inconsistent with other fields'];
  return {
    type: status === 409 ? 'urn:jaryk:problem:conflict' : PROBLEM_TYPES.validation,
    title: status === 409 ? 'Conflict' : 'Invalid request',
    status,
    detail: `${field}: ${message}`,
    errors: [{ in: 'body', field, message }],
  };
}

/**
 * Errors the router raises before any route runs (a malformed URL, an overlong parameter):
 * passed to Fastify as `frameworkErrors` so they leave as problem+json too.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  return sendProblem(reply, request, {
    type: 'about:blank',
    title: STATUS_TITLES[status] ?? 'Bad Request',
    status,
    detail: status === 414 ? 'A path segment is too long.' : 'The request URL is malformed.',
  });
}

/**
 * The one error path: every failure leaves as RFC 9457 problem+json. Expected failures keep
 * their deliberate message; anything unexpected is logged and masked as a bare 500.
 */
export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof HttpProblem) {
        return sendProblem(reply, request, {
          type: error.type,
          title: error.title,
          status: error.status,
          ...(error.detail ? { detail: error.detail } : {}),
          ...(error.errors ? { errors: error.errors } : {}),
        });
      }
      if (error.validation) {
        const errors = fieldErrors(error);
        return sendProblem(reply, request, {
          type: PROBLEM_TYPES.validation,
          title: 'Invalid request',
          status: 400,
          detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
          errors,
        });
      }
      const constraint = constraintProblem(error);
      if (constraint) return sendProblem(reply, request, constraint);
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const safe =
          SAFE_FRAMEWORK_ERRORS.has(error.code) || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY';
        return sendProblem(reply, request, {
          type: 'about:blank',
          title: STATUS_TITLES[status] ?? 'Bad Request',
          status,
          ...(safe ? { detail: error.message } : {}),
        });
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, {
        type: 'about:blank',
        title: STATUS_TITLES[500]!,
        status: 500,
        detail: `Something went wrong on our side. Reference: ${request.id}`,
      });
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, {
        type: PROBLEM_TYPES.notFound,
        title: 'Not Found',
        status: 404,
        detail: `No route for ${request.method} ${request.url.split('?')[0]}`,
      }),
    );
  },
  { name: 'errors' },
);
