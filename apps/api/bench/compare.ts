/** Checks that the app and the hand-written SQL answer the same thing. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first path where two JSON values differ (object key order ignored), or null. */
export function firstDifference(a: Json, b: Json, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i] ?? null, b[i] ?? null, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!(key in a)) return `${path}.${key}: missing in the app's answer`;
      if (!(key in b)) return `${path}.${key}: missing in the hand-written answer`;
      const d = firstDifference(a[key] ?? null, b[key] ?? null, `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  if (a === b) return null;
  const show = (v: Json) => JSON.stringify(v)?.slice(0, 80);
  return `${path}: ${show(a)} vs ${show(b)}`;
}

export interface Answer {
  status: number;
  bytes: number;
  body: Json;
}

export async function fetchAnswer(url: string): Promise<Answer> {
  const response = await fetch(url);
  const buffer = Buffer.from(await response.arrayBuffer());
  let body: Json = null;
  try {
    body = JSON.parse(buffer.toString('utf8')) as Json;
  } catch {
    body = buffer.toString('utf8').slice(0, 200);
  }
  return { status: response.status, bytes: buffer.length, body };
}

/** Ids of the items of a list answer (`data: [...]`) or of a single one (`data: {...}`). */
export function idsOf(answer: Answer): number[] {
  const body = answer.body;
  if (!isObject(body)) return [];
  const data = body.data ?? null;
  const items = Array.isArray(data) ? data : [data];
  return items.flatMap((item) => (isObject(item) && typeof item.id === 'number' ? [item.id] : []));
}

export interface CheckResult {
  /** Pairs compared. */
  compared: number;
  /** Same number of items and same ids, in order. */
  sameIds: boolean;
  /** Same content, ignoring object key order. */
  sameContent: boolean;
  appItems: number;
  sqlItems: number;
  appFirstIds: number[];
  sqlFirstIds: number[];
  problems: string[];
}

export function checkPair(app: Answer, sql: Answer, label: string, into: CheckResult): void {
  into.compared += 1;
  if (app.status !== 200 || sql.status !== 200) {
    into.sameIds = false;
    into.sameContent = false;
    into.problems.push(`${label}: status ${app.status} (app) vs ${sql.status} (hand-written)`);
    return;
  }
  const appIds = idsOf(app);
  const sqlIds = idsOf(sql);
  if (into.compared === 1) {
    into.appItems = appIds.length;
    into.sqlItems = sqlIds.length;
    into.appFirstIds = appIds.slice(0, 5);
    into.sqlFirstIds = sqlIds.slice(0, 5);
  }
  if (appIds.length !== sqlIds.length || appIds.some((id, i) => sqlIds[i] !== id)) {
    into.sameIds = false;
    into.problems.push(
      `${label}: ${appIds.length} items [${appIds.slice(0, 3).join(', ')}…] (app) vs ` +
        `${sqlIds.length} [${sqlIds.slice(0, 3).join(', ')}…] (hand-written)`,
    );
    return;
  }
  const difference = firstDifference(app.body, sql.body);
  if (difference) {
    into.sameContent = false;
    into.problems.push(`${label}: content differs at ${difference}`);
  }
}

export function emptyCheck(): CheckResult {
  return {
    compared: 0,
    sameIds: true,
    sameContent: true,
    appItems: 0,
    sqlItems: 0,
    appFirstIds: [],
    sqlFirstIds: [],
    problems: [],
  };
}
