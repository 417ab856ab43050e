import autocannon, { type Request } from 'autocannon';

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** CPU seconds used so far by the server under test and by PostgreSQL. */
export interface CpuSample {
  server: number;
  postgres: number;
}

export interface Measurement {
  requestsPerSecond: number;
  /** CPU time per answer during the measured run, in milliseconds. */
  cpuMsPerRequest: { server: number; postgres: number } | null;
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** One request shape that walks round-robin over `paths`, shared by every connection. */
function rotating(paths: readonly string[]): Request[] {
  if (paths.length === 0) throw new Error('nothing to request');
  if (paths.length === 1) return [{ method: 'GET', path: paths[0] }];
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        const path = paths[next];
        next = (next + 1) % paths.length;
        return { ...request, path };
      },
    },
  ];
}

async function fire(
  baseUrl: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
) {
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: rotating(paths),
  });
}

/** Warms up (results dropped), then measures, at a fixed number of connections. */
export async function measure(
  baseUrl: string,
  paths: readonly string[],
  opts: LoadOptions,
  sampleCpu?: () => Promise<CpuSample>,
): Promise<Measurement> {
  if (opts.warmupSeconds > 0) await fire(baseUrl, paths, opts.connections, opts.warmupSeconds);
  const before = await sampleCpu?.();
  const r = await fire(baseUrl, paths, opts.connections, opts.seconds);
  const after = await sampleCpu?.();
  const perRequest = (a: number, b: number) => ((b - a) * 1000) / Math.max(1, r.requests.total);
  return {
    requestsPerSecond: r.requests.average,
    cpuMsPerRequest:
      before && after
        ? {
            server: perRequest(before.server, after.server),
            postgres: perRequest(before.postgres, after.postgres),
          }
        : null,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}
