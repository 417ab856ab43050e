/**
 * A stand-in for `fetch` that answers only the requests a test told it about, in order, and
 * rejects any other call (recording it, so that a test cannot pass by showing an error state
 * it did not expect). Requests are matched on method, path and query, parameters in any order.
 */

type Answer = Response | Error | Promise<Response>;

export interface FakeFetch {
  readonly fetch: typeof fetch;
  /** Queues answers for `method url`, e.g. `on('GET', '/api/v1/articles?locale=en')`. */
  on(method: string, url: string, ...answers: Answer[]): void;
  /** Requests nobody was told about (each was rejected). */
  unexpected(): string[];
  /** Answers that were queued but never asked for. */
  unused(): string[];
  /** Every request made so far (copies: read their headers and bodies). */
  requests(): Request[];
  reset(): void;
}

function requestKey(method: string, url: string): string {
  const parsed = new URL(url, 'http://fake.invalid');
  parsed.searchParams.sort();
  return `${method.toUpperCase()} ${parsed.pathname}${parsed.search}`;
}

export function createFakeFetch(): FakeFetch {
  const queues = new Map<string, Answer[]>();
  let unexpected: string[] = [];
  let seen: Request[] = [];

  const fakeFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = requestKey(request.method, request.url);
    seen.push(request.clone());
    const answer = queues.get(key)?.shift();
    if (answer === undefined) {
      unexpected.push(key);
      throw new Error(`Unexpected request: ${key}`);
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };

  return {
    fetch: fakeFetch,
    on(method, url, ...answers) {
      const key = requestKey(method, url);
      queues.set(key, [...(queues.get(key) ?? []), ...answers]);
    },
    unexpected: () => [...unexpected],
    unused: () => [...queues].flatMap(([key, answers]) => answers.map(() => key)),
    requests: () => [...seen],
    reset() {
      queues.clear();
      unexpected = [];
      seen = [];
    },
  };
}

/** A JSON answer as the API gives it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** An RFC 9457 problem answer as the API gives it. */
export function problem(status: number, title: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A promise to settle by hand, to look at the page while a request is in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
