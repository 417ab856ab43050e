/**
 * Typed client for the Jaryk API. Types come from `./generated/schema.ts`, which
 * `pnpm gen:client` generates from the API's OpenAPI document: never edit that file by hand.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './generated/schema.js';

export type { components, operations, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type Article = Schemas['Article'];
export type EventSummary = Schemas['EventSummary'];
export type Event = Schemas['Event'];
export type Media = Schemas['Media'];
export type Locale = Schemas['Locale'];
export type ImpactReport = Schemas['ImpactReport'];

export type JarykClient = Client<paths>;

export interface JarykClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Origin of the API, e.g. https://example.org; empty for the page's own origin. */
  baseUrl?: string;
}

/** Creates a client; every method is typed by path, e.g. `client.GET('/api/v1/articles', …)`. */
export function createJarykClient(options: JarykClientOptions = {}): JarykClient {
  return createClient<paths>({ ...options, baseUrl: options.baseUrl ?? '' });
}

/** An answer of the API that was not a success, carrying its RFC 9457 problem details. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).title === 'string'
  );
}

/**
 * Unwraps an openapi-fetch result: the data on success, otherwise throws a ProblemError
 * (one built from the HTTP status when the body was not problem details, e.g. a proxy's page).
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error === undefined && result.data !== undefined) return result.data;
  if (isProblem(result.error)) throw new ProblemError(result.error);
  throw new ProblemError({
    type: 'about:blank',
    title: result.response.statusText || 'Request failed',
    status: result.response.status,
  });
}
