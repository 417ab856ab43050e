import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_PIXELS } from '../src/modules/media/pipeline.js';
import { buildApp } from '../src/app.js';
import { testApp, testAppOptions } from './helpers/app.js';
import {
  getFile,
  mediaCount,
  multipartBody,
  noisyPhoto,
  solidImage,
  storedFiles,
  upload,
} from './helpers/media.js';
import { staffSession } from './helpers/staff.js';

interface Variant {
  width: number;
  height: number;
  format: string;
  bytes: number;
  url: string;
}

/** A PNG whose header claims this size, with almost no pixel data behind it. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The GPS IFD pointer tag (0x8825) in either byte order: present iff EXIF has GPS data. */
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

describe('POST /api/v1/staff/media (upload)', () => {
  it('reads the type from the bytes: a PNG named .svg is stored as a PNG image', async () => {
    const author = await staffSession('author');
    const png = await solidImage(640, 400).png().toBuffer();
    const r = await upload(
      author,
      { bytes: png, name: 'drawing.svg', type: 'image/svg+xml' },
      { 'alt.ru': 'Женщины на тренинге', 'title.en': 'Training', consent: 'obtained' },
    );
    expect(r.status).toBe(201);
    expect(r.headers.etag).toBe(`"media-${r.body.data.id}-v1"`);
    expect(r.headers.location).toBe(`/api/v1/staff/media/${r.body.data.id}`);
    const item = r.body.data;
    expect(item).toMatchObject({
      kind: 'image',
      mimeType: 'image/png',
      width: 640,
      height: 400,
      bytes: png.length,
      originalFilename: 'drawing.svg',
      consent: 'obtained',
      publiclyVisible: true,
      createdBy: { id: author.user.id },
      translations: { ru: { alt: 'Женщины на тренинге', title: null }, en: { title: 'Training' } },
      missingAlt: ['ky', 'en'],
    });
    // Smaller than the smallest standard width but one: 480, then its own width.
    const variants = item.variants as Variant[];
    expect(variants.map((v) => `${v.width}x${v.height}.${v.format}`).sort()).toEqual(
      [
        '480x300.avif',
        '480x300.jpeg',
        '480x300.webp',
        '640x400.avif',
        '640x400.jpeg',
        '640x400.webp',
      ].sort(),
    );
    expect(item.url).toBe(variants.find((v) => v.width === 640 && v.format === 'jpeg')!.url);
    for (const v of variants) {
      const file = await getFile(v.url);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe(`image/${v.format}`);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['cache-control']).toBe('public, max-age=86400');
      expect(file.bytes.length).toBe(v.bytes);
      const meta = await sharp(file.bytes).metadata();
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
      expect([meta.width, meta.height]).toEqual([v.width, v.height]);
    }
  });

  it('refuses an SVG (even a real one with a script) with 415', async () => {
    const author = await staffSession('author');
    const before = { rows: await mediaCount(), files: await storedFiles() };
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    );
    const r = await upload(author, { bytes: svg, name: 'logo.svg', type: 'image/svg+xml' });
    expect(r.status).toBe(415);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.body.detail).toMatch(/SVG/);
    expect(await mediaCount()).toBe(before.rows);
    expect(await storedFiles()).toEqual(before.files);
  });

  it('refuses HTML named .jpg, and a JPEG header followed by junk', async () => {
    const author = await staffSession('author');
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const r = await upload(author, { bytes: html, name: 'photo.jpg', type: 'image/jpeg' });
    expect(r.status).toBe(415);
    expect(r.body.type).toBe('urn:jaryk:problem:unsupported-media-type');

    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html>')]);
    const r2 = await upload(author, { bytes: fake, name: 'photo.jpg', type: 'image/jpeg' });
    expect(r2.status).toBe(415);
  });

  it('answers 413 for a file over the limit and stores nothing', async () => {
    const author = await staffSession('author');
    const { app } = await testApp();
    const before = { rows: await mediaCount(), files: await storedFiles() };
    const big = Buffer.alloc(app.mediaUploadMaxBytes + 1, 7);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const r = await upload(author, { bytes: big, name: 'big.jpg', type: 'image/jpeg' });
    expect(r.status).toBe(413);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.body.detail).toMatch(/larger than 2 MB/);
    expect(await mediaCount()).toBe(before.rows);
    expect(await storedFiles()).toEqual(before.files);
  });

  it('refuses two files, too many fields, unknown fields and a missing file with 400', async () => {
    const author = await staffSession('author');
    const png = await solidImage(20, 20).png().toBuffer();
    const file = { bytes: png, name: 'a.png', type: 'image/png' };
    const two = await upload(author, [file, { ...file, name: 'b.png' }]);
    expect(two.status).toBe(400);
    expect(two.body.detail).toMatch(/one file/);

    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'x']));
    const r = await upload(author, file, many);
    expect(r.status).toBe(400);

    const unknown = await upload(author, file, { 'alt.de': 'Hallo' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { in: 'body', field: 'alt.de', message: 'is not a known field' },
    ]);

    const noFile = await upload(author, [], { 'alt.en': 'x' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors[0].field).toBe('file');

    const badFocal = await upload(author, file, { focalX: '2' });
    expect(badFocal.status).toBe(400);
    expect(badFocal.body.errors[0].field).toBe('focalX');

    const notMultipart = await author.request('POST', '/api/v1/staff/media', {
      body: { file: 'x' },
    });
    expect(notMultipart.status).toBe(415);
  });

  it('strips EXIF and GPS, turns the photo upright and makes 480/960/1600 variants', async () => {
    const author = await staffSession('author');
    // 1500x2000 stored sideways (EXIF orientation 6: shown rotated by 90°) -> upright 2000x1500.
    const input = await noisyPhoto(1500, 2000)
      .jpeg({ quality: 80 })
      .withExif({
        IFD0: { Copyright: 'Jaryk test', Orientation: '6' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '42/1 52/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '74/1 35/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.orientation).toBe(6);
    expect(inputMeta.exif && hasGpsPointer(inputMeta.exif)).toBe(true);

    const r = await upload(author, { bytes: input, name: 'IMG_0001.JPG', type: 'image/jpeg' });
    expect(r.status).toBe(201);
    const item = r.body.data;
    expect([item.width, item.height]).toEqual([2000, 1500]);
    const variants = item.variants as Variant[];
    expect(variants).toHaveLength(9);
    for (const width of [480, 960, 1600]) {
      expect(
        variants
          .filter((v) => v.width === width)
          .map((v) => v.format)
          .sort(),
      ).toEqual(['avif', 'jpeg', 'webp']);
    }
    // No public access without consent; staff may look.
    expect((await getFile(item.url)).status).toBe(404);
    for (const v of variants) {
      const file = await getFile(v.url, { cookie: author.cookie });
      expect(file.status).toBe(200);
      expect(file.headers['cache-control']).toBe('private, no-store');
      expect(file.bytes.includes(Buffer.from('Jaryk test'))).toBe(false);
      const meta = await sharp(file.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(meta.width).toBe(v.width);
      expect(meta.height).toBe(Math.round((v.width * 1500) / 2000));
    }
  });

  it('answers 200 with the existing record when the same bytes come again', async () => {
    const author = await staffSession('author');
    const png = await solidImage(100, 80).png().toBuffer();
    const first = await upload(author, { bytes: png, name: 'one.png', type: 'image/png' });
    expect(first.status).toBe(201);
    const files = await storedFiles();
    const again = await upload(author, { bytes: png, name: 'two.png', type: 'image/png' });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(again.body.data.originalFilename).toBe('one.png');
    expect(await storedFiles()).toEqual(files);
  });

  it('keeps transparency as PNG, and never upscales a tiny image', async () => {
    const author = await staffSession('author');
    const png = await sharp({
      create: {
        width: 120,
        height: 90,
        channels: 4,
        background: { r: 10, g: 20, b: 30, alpha: 0.5 },
      },
    })
      .png()
      .toBuffer();
    const r = await upload(author, { bytes: png, name: 'logo.png', type: 'image/png' });
    expect(r.status).toBe(201);
    const variants = r.body.data.variants as Variant[];
    expect(variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual([
      '120.avif',
      '120.png',
      '120.webp',
    ]);
  });

  it('converts a wide-gamut (Display P3) image to sRGB and drops its profile', async () => {
    const author = await staffSession('author');
    // sRGB (0, 200, 100) written as P3 values with the P3 profile attached.
    const input = await solidImage(64, 48)
      .composite([
        {
          input: {
            create: { width: 64, height: 48, channels: 3, background: { r: 0, g: 200, b: 100 } },
          },
        },
      ])
      .png()
      .withIccProfile('p3')
      .toBuffer();
    const stored = await sharp(input, { ignoreIcc: true }).raw().toBuffer();
    expect([stored[0], stored[1], stored[2]]).not.toEqual([0, 200, 100]);
    const r = await upload(
      author,
      { bytes: input, name: 'p3.png', type: 'image/png' },
      { consent: 'obtained' },
    );
    expect(r.status).toBe(201);
    const jpeg = (r.body.data.variants as Variant[]).find((v) => v.format === 'jpeg')!;
    const file = await getFile(jpeg.url);
    expect((await sharp(file.bytes).metadata()).icc).toBeUndefined();
    const [red, green, blue] = await sharp(file.bytes).raw().toBuffer();
    expect(Math.abs(red! - 0) + Math.abs(green! - 200) + Math.abs(blue! - 100)).toBeLessThan(8);
  });

  it('stores a PDF as a document and serves it as a download', async () => {
    const editor = await staffSession('editor');
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const r = await upload(
      editor,
      { bytes: pdf, name: '../../Отчёт 2024 <final>.pdf', type: 'application/octet-stream' },
      { consent: 'not_required', 'title.ru': 'Отчёт' },
    );
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({
      kind: 'document',
      mimeType: 'application/pdf',
      width: null,
      variants: [],
      originalFilename: 'Отчёт 2024 final.pdf',
      missingAlt: [],
    });
    const file = await getFile(r.body.data.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toBe("default-src 'none'");
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="2024 final.pdf"; filename*=UTF-8''${encodeURIComponent('Отчёт 2024 final.pdf')}`,
    );
    expect(file.bytes.equals(pdf)).toBe(true);
    // Revalidation by ETag: the key never changes its content.
    const again = await getFile(r.body.data.url, { 'if-none-match': String(file.headers.etag) });
    expect(again.status).toBe(304);

    // Other files expect no public documents: leave none behind (and delete one on the way).
    const deleted = await editor.request('DELETE', `/api/v1/staff/media/${r.body.data.id}`, {
      headers: { 'if-match': String(r.headers.etag) },
    });
    expect(deleted.status).toBe(204);
    expect((await getFile(r.body.data.url)).status).toBe(404);
  });

  it('refuses an image over the pixel limit before decoding it', async () => {
    expect(MAX_INPUT_PIXELS).toBeGreaterThan(50_000_000);
    const author = await staffSession('author');
    // A tiny PNG that claims 20000x20000 pixels.
    const bomb = pngClaiming(20000, 20000);
    const r = await upload(author, { bytes: bomb, name: 'bomb.png', type: 'image/png' });
    expect(r.status).toBe(413);
    expect(r.body.type).toBe('urn:jaryk:problem:image-too-large');
  });

  it('handles a 12 MP photo end to end in a few seconds', async () => {
    const { database } = await testApp();
    // The shared app takes 2 MB; a phone photo needs the production default.
    const big = await buildApp(
      testAppOptions({
        media: {
          storage: 'local',
          dir: path.join(os.tmpdir(), `jaryk-test-media-${process.pid}`),
          uploadMaxBytes: 25 * 1024 * 1024,
        },
      }),
      database,
    );
    try {
      const author = await staffSession('author');
      const photo = await noisyPhoto(4000, 3000).jpeg({ quality: 92 }).toBuffer();
      const { body, headers } = await multipartBody([
        { bytes: photo, name: 'DSC_4000.jpg', type: 'image/jpeg' },
      ]);
      const started = performance.now();
      const r = await big.inject({
        method: 'POST',
        url: '/api/v1/staff/media',
        payload: body,
        headers: { ...headers, ...author.headers },
      });
      const ms = Math.round(performance.now() - started);
      expect(r.statusCode).toBe(201);
      const item = JSON.parse(r.body).data as { width: number; variants: Variant[] };
      expect(item.width).toBe(4000);
      expect(item.variants).toHaveLength(9);
      const total = item.variants.reduce((sum, v) => sum + v.bytes, 0);
      console.info(
        `12 MP JPEG (${(photo.length / 1e6).toFixed(1)} MB) uploaded in ${ms} ms; 9 variants, ${(total / 1e6).toFixed(2)} MB`,
      );
      expect(ms).toBeLessThan(20_000);
    } finally {
      await big.close();
    }
  });

  it('needs a session (401) and the CSRF token (403)', async () => {
    const { app } = await testApp();
    const png = await solidImage(20, 20).png().toBuffer();
    const { body, headers } = await multipartBody([
      { bytes: png, name: 'a.png', type: 'image/png' },
    ]);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/media',
      payload: body,
      headers,
    });
    expect(anonymous.statusCode).toBe(401);
    const author = await staffSession('author');
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/media',
      payload: body,
      headers: { ...headers, cookie: author.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
