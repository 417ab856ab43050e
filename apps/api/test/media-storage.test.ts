import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LocalDiskStorage,
  S3Storage,
  isStorageKey,
  newKeyFolder,
} from '../src/modules/media/storage.js';

const KEY = '2026/0123456789abcdef01234567/image-480.webp';

describe('storage keys', () => {
  it('are made by us and allow no path tricks', () => {
    const folder = newKeyFolder('0123456789abcdef'.repeat(4), new Date('2026-03-01T00:00:00Z'));
    expect(folder).toMatch(/^2026\/0123456789abcdef[0-9a-f]{8}$/);
    expect(newKeyFolder('ab'.repeat(32))).not.toBe(newKeyFolder('ab'.repeat(32)));
    expect(isStorageKey(`${folder}/image-1600.avif`)).toBe(true);
    expect(isStorageKey(`${folder}/document.pdf`)).toBe(true);
    for (const key of [
      '../etc/passwd',
      `${folder}/../../x.pdf`,
      `/${folder}/document.pdf`,
      `${folder}/document.html`,
      `${folder}/Document.pdf`,
      `${folder}\\document.pdf`,
      `${folder}/document.pdf\0.jpg`,
      '2026/short/document.pdf',
    ]) {
      expect(isStorageKey(key), key).toBe(false);
    }
  });
});

describe('LocalDiskStorage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'jaryk-storage-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('puts, gets and deletes files under its folder only', async () => {
    const storage = new LocalDiskStorage(root);
    await storage.put(KEY, Buffer.from('webp bytes'), 'image/webp');
    expect(await readFile(path.join(root, KEY), 'utf8')).toBe('webp bytes');
    const file = await storage.get(KEY);
    expect(file).toMatchObject({ size: 10, contentType: 'image/webp' });
    expect(await text(file!.stream)).toBe('webp bytes');
    await storage.delete(KEY);
    expect(await storage.get(KEY)).toBeNull();
    await storage.delete(KEY); // deleting twice is fine
    await expect(
      storage.put('../outside.pdf', Buffer.from('x'), 'application/pdf'),
    ).rejects.toThrow(/Not a media storage key/);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/Not a media storage key/);
  });
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A stand-in S3 endpoint on localhost: records every request and answers like S3 would. */
describe('S3Storage (against a local fake endpoint)', () => {
  let server: Server;
  let endpoint: string;
  const seen: Seen[] = [];
  const objects = new Map<string, { body: Buffer; type: string }>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        const objectPath = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
        if (req.method === 'PUT') {
          objects.set(objectPath, { body, type: String(req.headers['content-type']) });
          res.writeHead(200, { etag: '"abc"' }).end();
        } else if (req.method === 'GET') {
          const object = objects.get(objectPath);
          if (!object) {
            res
              .writeHead(404, { 'content-type': 'application/xml' })
              .end(
                '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
              );
            return;
          }
          res
            .writeHead(200, { 'content-type': object.type, 'content-length': object.body.length })
            .end(object.body);
        } else if (req.method === 'DELETE') {
          objects.delete(objectPath);
          res.writeHead(204).end();
        } else {
          res.writeHead(405).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('signs path-style requests to the configured bucket, with type and checksum', async () => {
    const storage = new S3Storage({
      bucket: 'jaryk-media',
      region: 'eu-central-1',
      endpoint,
      accessKeyId: 'AKIDTESTKEY',
      secretAccessKey: 'test-secret',
      forcePathStyle: true,
    });
    const bytes = Buffer.from('%PDF-1.4 test');
    await storage.put(KEY.replace('image-480.webp', 'document.pdf'), bytes, 'application/pdf');
    const put = seen.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(new URL(put.url, endpoint).pathname).toBe(
      '/jaryk-media/2026/0123456789abcdef01234567/document.pdf',
    );
    expect(put.headers['content-type']).toBe('application/pdf');
    expect(put.headers['x-amz-checksum-sha256']).toBe(
      createHash('sha256').update(bytes).digest('base64'),
    );
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTESTKEY\/\d{8}\/eu-central-1\/s3\/aws4_request, /,
    );
    expect(put.body.equals(bytes)).toBe(true);

    const file = await storage.get(KEY.replace('image-480.webp', 'document.pdf'));
    expect(file).toMatchObject({ size: bytes.length, contentType: 'application/pdf' });
    expect(await text(file!.stream)).toBe('%PDF-1.4 test');

    expect(await storage.get(KEY)).toBeNull();

    await storage.delete(KEY.replace('image-480.webp', 'document.pdf'));
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE' });
    expect(objects.size).toBe(0);

    await expect(storage.get('../x.pdf')).rejects.toThrow(/Not a media storage key/);
  });
});
