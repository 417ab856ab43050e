import type { ProblemBody } from './schemas.js';

type FieldError = NonNullable<ProblemBody['errors']>[number];

/** An expected failure that the error handler turns into problem+json as it is. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    errors?: FieldError[];
  }) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? 'about:blank';
    this.errors = init.errors;
  }
}

export const PROBLEM_TYPES = {
  validation: 'urn:jaryk:problem:validation',
  notFound: 'urn:jaryk:problem:not-found',
} as const;

export function notFound(what: string): HttpProblem {
  return new HttpProblem({
    status: 404,
    title: 'Not Found',
    type: PROBLEM_TYPES.notFound,
    detail: `${what} not found`,
  });
}

/** A 400 naming every field that is wrong, as schema validation failures read. */
export function invalidFields(errors: FieldError[]): HttpProblem {
  return new HttpProblem({
    status: 400,
    title: 'Invalid request',
    type: PROBLEM_TYPES.validation,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

export function invalidField(
  location: FieldError['in'],
  field: string,
  message: string,
): HttpProblem {
  return invalidFields([{ in: location, field, message }]);
}
