import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MediaConfig } from '../../config.js';
import { matches } from '../../plugins/public-cache.js';
import { notFound } from '../../shared/problems.js';
import { findSession } from '../auth/queries.js';
import { mediaFileByKey, type StoredMediaFile } from './staff-queries.js';
import { contentTypeOfKey, createStorage, isStorageKey, type MediaStorage } from './storage.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where media files are kept (a local folder or an S3 bucket). */
    mediaStorage: MediaStorage;
    /** Largest upload accepted, in bytes. */
    mediaUploadMaxBytes: number;
  }
}

export interface MediaFilesOptions {
  media: MediaConfig;
  sessionIdleMs: number;
}

/**
 * Files never change under their key, but consent can be withdrawn: a day bounds how long
 * browsers and CDNs keep showing a photo after that (revalidation by ETag costs a 304).
 */
const PUBLIC_CACHE_CONTROL = 'public, max-age=86400';
/** Lookups of key -> media record kept per public-cache generation (dropped on every write). */
const MAX_LOOKUPS = 5000;

/** `filename` (ASCII only) and `filename*` (UTF-8) for a Content-Disposition header. */
export function dispositionOf(name: string | null, type: 'attachment' | 'inline'): string {
  const base = (name ?? 'document.pdf').replace(/\.pdf$/i, '');
  const ascii = `${
    base
      .replace(/[^A-Za-z0-9._ -]+/g, '_')
      .replace(/^[._ ]+/, '')
      .slice(0, 100) || 'document'
  }.pdf`;
  const utf8 = encodeURIComponent(`${base}.pdf`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * Media storage, and `GET /media/<key>` serving its files. A file of a record without consent
 * is served only to a logged-in staff member (and never cached by anyone else); to everyone
 * else it does not exist.
 */
export default fp<MediaFilesOptions>(
  async function mediaFiles(app: FastifyInstance, options) {
    const storage = createStorage(options.media);
    app.decorate('mediaStorage', storage);
    app.addHook('onClose', async () => storage.close?.());
    app.decorate('mediaUploadMaxBytes', options.media.uploadMaxBytes);

    let generation = -1;
    const lookups = new Map<string, StoredMediaFile | null>();
    const lookup = async (key: string) => {
      if (generation !== app.publicCache.generation) {
        lookups.clear();
        generation = app.publicCache.generation;
      }
      if (lookups.has(key)) return lookups.get(key)!;
      const seenIn = generation;
      const found = await mediaFileByKey(app.db, key);
      if (seenIn === app.publicCache.generation) {
        if (lookups.size >= MAX_LOOKUPS) lookups.delete(lookups.keys().next().value!);
        lookups.set(key, found);
      }
      return found;
    };

    const isStaff = async (request: FastifyRequest) => {
      const token = app.sessionCookie.read(request);
      return token ? (await findSession(app.db, token, options.sessionIdleMs)) !== null : false;
    };

    app.get(
      '/media/*',
      // A file, not an API answer: left out of the OpenAPI document (URLs come in media JSON).
      { schema: { hide: true } },
      async (request, reply) => {
        const key = (request.params as { '*': string })['*'];
        if (!isStorageKey(key)) throw notFound('File');
        const file = await lookup(key);
        if (!file || (!file.public && !(await isStaff(request)))) throw notFound('File');

        const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
        reply
          .header('cache-control', file.public ? PUBLIC_CACHE_CONTROL : 'private, no-store')
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'");
        if (file.kind === 'document') {
          // Downloaded, never rendered on our origin: a PDF may carry scripts or forms.
          reply.header('content-disposition', dispositionOf(file.originalFilename, 'attachment'));
        }
        if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();

        const stored = await app.mediaStorage.get(key);
        if (!stored) throw notFound('File');
        return reply
          .type(contentTypeOfKey(key))
          .header('content-length', stored.size)
          .send(stored.stream);
      },
    );
  },
  { name: 'media-files', dependencies: ['auth', 'public-cache'] },
);
