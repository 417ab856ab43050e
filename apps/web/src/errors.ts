import { ProblemError } from '@jaryk/client';
import type { MessageKey } from './i18n';

/**
 * The one mapping from a failed request to what the visitor reads. Problem details from the API
 * are short and deliberate, but English only, so the UI shows its own words instead.
 */
export function errorMessageKey(error: unknown): MessageKey {
  if (error instanceof ProblemError) {
    return error.status >= 500 ? 'errors.server' : 'errors.request';
  }
  // fetch() rejects with a TypeError when the network or the server cannot be reached.
  if (error instanceof TypeError) return 'errors.network';
  return 'errors.request';
}

/** Logs what is neither an API answer nor a network failure: those are bugs worth seeing. */
export function reportUnexpected(error: unknown): void {
  if (error instanceof ProblemError || error instanceof TypeError) return;
  console.error(error);
}

/** The API said there is no such item (an unknown or unpublished slug): a not-found page. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}
