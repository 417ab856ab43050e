import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { MediaConfig } from '../../config.js';

/** A stored file as read back: its bytes as a stream, its size and its type. */
export interface StoredFile {
  stream: Readable;
  size: number;
  contentType: string;
}

/**
 * Where media files live. Keys are made by `newKeyFolder` + a fixed file name, never from
 * anything a client sent; every implementation refuses keys outside that shape.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under this key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections when the app closes. */
  close?(): void;
}

/**
 * `<yyyy>/<folder>/<name>.<ext>`: lower-case letters, digits and hyphens only, so a key can
 * neither climb out of the storage root nor name anything but a file we wrote.
 */
const KEY_PATTERN = /^\d{4}\/[a-z0-9]{8,64}\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:avif|webp|jpg|png|pdf)$/;

export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

function assertKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a media storage key: ${JSON.stringify(key)}`);
}

/**
 * The folder of one upload: the year, then the first 16 hex digits of the file's SHA-256 and 8
 * random ones. Files under it never change (public caches may keep them for a year), and two
 * uploads of the same bytes never share files, so deleting one cannot break the other.
 */
export function newKeyFolder(checksum: string, now = new Date()): string {
  return `${now.getUTCFullYear()}/${checksum.slice(0, 16)}${randomBytes(4).toString('hex')}`;
}

const CONTENT_TYPES: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The content type of a key, from its extension (which we chose when storing it). */
export function contentTypeOfKey(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** Files in a folder on this machine: the default, for a single instance. */
export class LocalDiskStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertKey(key);
    const full = path.resolve(this.root, key);
    // The pattern already forbids it; a second guard costs nothing.
    if (!full.startsWith(this.root + path.sep)) throw new Error('Key outside the media folder');
    return full;
  }

  /** The type is not kept: it follows from the key's extension (`contentTypeOfKey`). */
  async put(key: string, bytes: Buffer, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written aside, then renamed: a reader never sees half a file.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
      return {
        stream: createReadStream(file),
        size: info.size,
        contentType: contentTypeOfKey(key),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    // Drop the upload's folder once it is empty; a folder still in use stays.
    await rmdir(path.dirname(file)).catch(() => undefined);
  }
}

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle?: boolean;
}

/** An S3-compatible bucket (AWS, MinIO, R2, …): what several API instances share. */
export class S3Storage implements MediaStorage {
  readonly client: S3Client;
  readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      // Without explicit keys the SDK's default chain applies (environment, instance role).
      ...(options.accessKeyId && options.secretAccessKey
        ? {
            credentials: {
              accessKeyId: options.accessKeyId,
              secretAccessKey: options.secretAccessKey,
            },
          }
        : {}),
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
        // Integrity end to end: S3 refuses the object if the bytes arrive altered.
        ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    assertKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!out.Body) return null;
      return {
        stream: out.Body as Readable,
        size: out.ContentLength ?? 0,
        contentType: out.ContentType ?? contentTypeOfKey(key),
      };
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
      ) {
        return null;
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  close(): void {
    this.client.destroy();
  }
}

export function createStorage(config: MediaConfig): MediaStorage {
  if (config.storage === 'local') return new LocalDiskStorage(config.dir);
  return new S3Storage(config);
}
