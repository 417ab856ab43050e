import { ProblemError } from '@jaryk/client';

/**
 * Per-field messages of a problem+json answer (`errors[].field` → message), for <FormField
 * :error>. Fields are named as the API names them: 'email', 'translations.ru.title',
 * 'translations.slug', 'publishAt'. Several errors on one field are joined.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const out: Record<string, string> = {};
  for (const item of error.problem.errors ?? []) {
    const field = item.field.replace(/^\//, '').replace(/\//g, '.');
    out[field] = out[field] ? `${out[field]}; ${item.message}` : item.message;
  }
  return out;
}

/** The error of `field`, or of any of its parents / children named in `errors` (e.g. translations.slug). */
export function errorFor(errors: Record<string, string>, ...fields: string[]): string | undefined {
  for (const field of fields) if (errors[field]) return errors[field];
  return undefined;
}

/** Seconds to wait from a 429 answer's detail ("Try again in 15 minutes."), if it says. */
export function retryMinutes(error: unknown): number | null {
  if (!(error instanceof ProblemError) || error.status !== 429) return null;
  const match = /(\d+)\s*minute/.exec(error.problem.detail ?? '');
  return match ? Number(match[1]) : null;
}
