import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { sql } from 'drizzle-orm';
import type { LocalDiskStorage } from '../../src/modules/media/storage.js';
import type { StaffClient } from './staff.js';
import { testApp } from './app.js';

/** Media test fixtures: images made by sharp at test time, multipart bodies, storage probes. */

let seed = 0;

/** A solid image of a colour no other call uses, so no two uploads are duplicates. */
export function solidImage(width: number, height: number) {
  const n = ++seed;
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53 + process.pid) % 256 },
    },
  });
}

/** A photo-like image (noise, blurred) of the given size; JPEG unless `format` says otherwise. */
export function noisyPhoto(width: number, height: number): Sharp {
  const raw = Buffer.alloc(width * height * 3);
  const n = ++seed;
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + n * 13 + ((i / width) | 0)) & 255;
  for (let i = 0; i < raw.length; i += 97) raw[i] = (raw[i]! * 31 + n) & 255;
  return sharp(raw, { raw: { width, height, channels: 3 } }).blur(1.5);
}

export interface FilePart {
  bytes: Buffer;
  name: string;
  type: string;
  field?: string;
}

/** A multipart/form-data body as a browser's FormData would send it. */
export async function multipartBody(files: FilePart[], fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const f of files)
    form.append(f.field ?? 'file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  const request = new Request('http://test.invalid/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}

export async function upload(
  client: StaffClient,
  file: FilePart | FilePart[],
  fields: Record<string, string> = {},
) {
  const { body, headers } = await multipartBody([file].flat(), fields);
  return client.request('POST', '/api/v1/staff/media', { body, headers });
}

/** Every file under the test app's media folder. */
export async function storedFiles(): Promise<string[]> {
  const { app } = await testApp();
  const root = (app.mediaStorage as LocalDiskStorage).root;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

export async function mediaCount(): Promise<number> {
  const { database } = await testApp();
  const result = (await database.db.execute(
    sql`SELECT count(*)::int AS n FROM media`,
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

/** GET a stored file as bytes (anonymously unless headers say otherwise). */
export async function getFile(url: string, headers: Record<string, string> = {}) {
  const { app } = await testApp();
  const response = await app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}
