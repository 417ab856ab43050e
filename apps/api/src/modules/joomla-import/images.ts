import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../db/client.js';
import type { Locale } from '../../db/schema/common.js';
import { HttpProblem } from '../../shared/problems.js';
import { processUpload, sanitizeFilename } from '../media/pipeline.js';
import {
  findMediaByChecksum,
  getStaffMedia,
  insertMedia,
  writeTranslations,
} from '../media/staff-queries.js';
import { newKeyFolder, type MediaStorage } from '../media/storage.js';
import { recordAudit, recordRevision } from '../staff/history.js';

/**
 * Images of the old site, read from a local copy of its `images/` folder and stored as uploads
 * are: the same pipeline (re-encoded, metadata stripped, variants), the same checksum dedupe.
 */

export type MediaConsent = 'unknown' | 'obtained' | 'not_required';

export interface SourceImage {
  /** Path inside the images folder, as the article referenced it. */
  relative: string;
  bytes: Buffer;
  checksum: string;
}

/**
 * The file an `<img src>` of the old site names, inside `imagesDir` (the copy of `images/`);
 * null for foreign hosts, other folders or paths climbing out.
 */
export function imagePathOf(
  src: string,
  imagesDir: string,
  oldHosts: readonly string[],
): string | null {
  let url: URL;
  try {
    url = new URL(src.replace(/&amp;/g, '&'), 'http://old.invalid/');
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  if (url.hostname !== 'old.invalid' && !oldHosts.includes(host)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const m = pathname.match(/^\/images\/(.+)$/);
  if (!m) return null;
  const root = path.resolve(imagesDir);
  const full = path.resolve(root, m[1]!);
  return full.startsWith(root + path.sep) ? full : null;
}

/** Reads an image of the old site; a reason instead when it cannot be. */
export async function readSourceImage(
  src: string,
  imagesDir: string | null,
  oldHosts: readonly string[],
): Promise<SourceImage | { missing: string }> {
  if (!imagesDir) return { missing: `image ${src}: no images folder given` };
  const file = imagePathOf(src, imagesDir, oldHosts);
  if (!file) return { missing: `image ${src}: not in the site's images folder` };
  try {
    const bytes = await readFile(file);
    return {
      relative: path.relative(path.resolve(imagesDir), file),
      bytes,
      checksum: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch {
    return { missing: `image ${src}: file not found` };
  }
}

export interface StoredImage {
  mediaId: number;
  /** URL of the largest JPEG/PNG variant, for an inline <img>. */
  url: string;
  /** False when an earlier upload or import of the same bytes was reused. */
  created: boolean;
}

/** Largest fallback (JPEG or PNG) variant: what an inline image shows. */
async function inlineUrlOf(db: Database, mediaId: number): Promise<string | null> {
  const media = await getStaffMedia(db, mediaId);
  const fallback = media?.variants
    .filter((v) => v.format === 'jpeg' || v.format === 'png')
    .sort((a, b) => a.width - b.width)
    .at(-1);
  return fallback?.url ?? media?.url ?? null;
}

/**
 * A media record for an image: the existing one with the same bytes (its alt text in `locale`
 * filled in when it had none), or a new one. Throws nothing for a file the pipeline refuses:
 * the reason comes back instead.
 */
export async function storeImage(
  db: Database,
  storage: MediaStorage,
  image: SourceImage,
  texts: { locale: Locale; alt: string | null; consent: MediaConsent },
): Promise<StoredImage | { refused: string }> {
  const existing = await findMediaByChecksum(db, image.checksum);
  if (existing) {
    const media = await getStaffMedia(db, existing);
    if (texts.alt && !media?.translations[texts.locale]?.alt) {
      const current = media?.translations[texts.locale];
      await writeTranslations(db, existing, {
        [texts.locale]: {
          title: current?.title ?? null,
          alt: texts.alt,
          caption: current?.caption ?? null,
        },
      });
    }
    return { mediaId: existing, url: (await inlineUrlOf(db, existing)) ?? '', created: false };
  }

  let processed;
  try {
    processed = await processUpload(image.bytes);
  } catch (error) {
    if (error instanceof HttpProblem)
      return { refused: `image ${image.relative}: ${error.message}` };
    throw error;
  }
  if (processed.kind !== 'image') return { refused: `image ${image.relative}: not an image` };
  const folder = newKeyFolder(image.checksum);
  const keyOf = (name: string) => `${folder}/${name}`;
  await Promise.all(processed.files.map((f) => storage.put(keyOf(f.name), f.bytes, f.contentType)));
  try {
    const mediaId = await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      const id = await insertMedia(tx, {
        kind: 'image',
        storageKey: keyOf(processed.mainName),
        mimeType: processed.mimeType,
        bytes: image.bytes.length,
        width: processed.width,
        height: processed.height,
        checksum: image.checksum,
        youtubeId: null,
        focalX: 0.5,
        focalY: 0.5,
        variants: processed.variants.map(({ name, ...v }) => ({ ...v, key: keyOf(name) })),
        credit: null,
        consent: texts.consent,
        originalFilename: sanitizeFilename(image.relative),
        // Imported by the system, not by a staff member.
        createdById: null as unknown as number,
      });
      if (texts.alt) {
        await writeTranslations(tx, id, {
          [texts.locale]: { title: null, alt: texts.alt, caption: null },
        });
      }
      const record = (await getStaffMedia(tx, id))!;
      await recordRevision(tx, {
        entityType: 'media',
        entityId: id,
        version: record.version,
        document: record,
        userId: null,
      });
      await recordAudit(tx, {
        userId: null,
        action: 'import',
        entityType: 'media',
        entityId: id,
        detail: { source: 'joomla', file: image.relative },
      });
      return id;
    });
    return { mediaId, url: (await inlineUrlOf(db, mediaId)) ?? '', created: true };
  } catch (error) {
    await Promise.allSettled(processed.files.map((f) => storage.delete(keyOf(f.name))));
    throw error;
  }
}
