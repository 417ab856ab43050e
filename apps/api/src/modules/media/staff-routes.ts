import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Database } from '../../db/client.js';
import { staffOf } from '../../plugins/auth.js';
import { sendList } from '../../shared/list.js';
import { HttpProblem, invalidField, notFound } from '../../shared/problems.js';
import { IdParams, ItemOf, ListOf, problemResponses } from '../../shared/schemas.js';
import type { StaffUser } from '../auth/queries.js';
import { IfMatchHeaders, checkIfMatch, versionTag } from '../staff/concurrency.js';
import { diffDocuments, recordAudit, recordRevision } from '../staff/history.js';
import { authorize } from '../staff/policy.js';
import { processUpload, sanitizeFilename } from './pipeline.js';
import {
  deleteMediaRow,
  findMediaByChecksum,
  findVideo,
  getStaffMedia,
  insertMedia,
  listStaffMedia,
  lockMedia,
  mediaUsage,
  updateMediaRow,
  writeTranslations,
  type NewMedia,
} from './staff-queries.js';
import {
  AddVideoBody,
  StaffMedia,
  StaffMediaListQuery,
  UpdateMediaBody,
  UploadForm,
  type MediaTranslationsInput,
} from './staff-schemas.js';
import { newKeyFolder } from './storage.js';
import { readUploadForm } from './upload-form.js';
import { youtubeIdOf } from './youtube.js';

const tags = ['staff-media'];
const Item = ItemOf(StaffMedia);
const ENTITY = 'media';

/**
 * The staff media library: upload (images are re-encoded, metadata stripped), YouTube videos by
 * link, list, read, edit texts/consent/focal point, delete. Mounted inside the staff plugin, so
 * every route needs a session (and CSRF token on writes).
 */
export const staffMediaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Only here: no other route accepts multipart bodies. Limits are set per request.
  await app.register(multipart, { throwFileSizeLimit: true });

  const sendItem = (reply: FastifyReply, item: StaffMedia, status = 200) =>
    reply
      .code(status)
      .header('etag', versionTag(ENTITY, item.id, item.version))
      .send({ data: item });

  /** Inserts a record with its texts, first revision and audit entry, in one transaction. */
  const create = async (
    user: StaffUser,
    ip: string,
    values: NewMedia,
    translations: MediaTranslationsInput,
  ): Promise<StaffMedia> => {
    const item = await app.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const id = await insertMedia(db, values);
      await writeTranslations(db, id, translations);
      const record = (await getStaffMedia(db, id))!;
      await recordRevision(db, {
        entityType: ENTITY,
        entityId: id,
        version: record.version,
        document: record,
        userId: user.id,
      });
      await recordAudit(db, {
        userId: user.id,
        action: 'create',
        entityType: ENTITY,
        entityId: id,
        detail: { kind: values.kind, mimeType: values.mimeType, bytes: values.bytes },
        ip,
      });
      return record;
    });
    await app.publicCache.invalidate();
    return item;
  };

  const existing = async (reply: FastifyReply, id: number) => {
    const item = await getStaffMedia(app.db, id);
    if (!item) throw notFound('Media');
    return sendItem(reply, item, 200);
  };

  app.post(
    '/media',
    {
      // The body is a stream read by the handler; the schema below only documents the form.
      validatorCompiler: () => () => true,
      schema: {
        operationId: 'uploadMedia',
        tags,
        summary: 'Upload a photo or a PDF',
        description:
          'The type is read from the bytes (JPEG, PNG, WebP, GIF, AVIF, HEIC or PDF), never from the ' +
          'name or declared type. Photos are turned upright and re-encoded: EXIF, GPS and all other ' +
          'metadata are dropped, and AVIF, WebP and JPEG (PNG when transparent) variants up to ' +
          '1600 px wide are stored; the upload itself is not kept. The same bytes uploaded again ' +
          'answer 200 with the existing record (the form fields are then ignored).',
        consumes: ['multipart/form-data'],
        body: UploadForm,
        response: {
          200: Item,
          201: Item,
          ...problemResponses(400, 401, 403, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'create', ENTITY);
      const form = await readUploadForm(request, app.mediaUploadMaxBytes);
      const checksum = createHash('sha256').update(form.bytes).digest('hex');
      const duplicate = await findMediaByChecksum(app.db, checksum);
      if (duplicate) return existing(reply, duplicate);

      const processed = await processUpload(form.bytes);
      const folder = newKeyFolder(checksum);
      const keyOf = (name: string) => `${folder}/${name}`;
      const removeFiles = () =>
        Promise.allSettled(processed.files.map((f) => app.mediaStorage.delete(keyOf(f.name))));
      const stored = await Promise.allSettled(
        processed.files.map((f) => app.mediaStorage.put(keyOf(f.name), f.bytes, f.contentType)),
      );
      const failed = stored.find((s) => s.status === 'rejected');
      if (failed) {
        await removeFiles();
        throw failed.reason;
      }
      let item: StaffMedia;
      try {
        item = await create(
          user,
          request.ip,
          {
            kind: processed.kind,
            storageKey: keyOf(processed.mainName),
            mimeType: processed.mimeType,
            bytes: form.bytes.length,
            width: processed.width,
            height: processed.height,
            checksum,
            youtubeId: null,
            focalX: form.fields.focalX ?? 0.5,
            focalY: form.fields.focalY ?? 0.5,
            variants: processed.variants.map(({ name, ...v }) => ({ ...v, key: keyOf(name) })),
            credit: form.fields.credit?.trim() || null,
            consent: form.fields.consent ?? 'unknown',
            originalFilename: sanitizeFilename(form.filename),
            createdById: user.id,
          },
          form.translations,
        );
      } catch (error) {
        await removeFiles();
        throw error;
      }
      reply.header('location', `/api/v1/staff/media/${item.id}`);
      return sendItem(reply, item, 201);
    },
  );

  app.post(
    '/media/videos',
    {
      schema: {
        operationId: 'addVideo',
        tags,
        summary: 'Add a YouTube video by its link',
        description:
          'Accepts youtube.com/watch?v=, youtu.be/, /embed/, /shorts/ and youtube-nocookie.com/embed/ ' +
          'links or a bare 11-character id. Nothing is fetched. A video already in the library ' +
          'answers 200 with its record.',
        body: AddVideoBody,
        response: { 200: Item, 201: Item, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'create', ENTITY);
      const youtubeId = youtubeIdOf(request.body.url);
      if (!youtubeId) {
        throw invalidField('body', 'url', 'is not a YouTube video link or id');
      }
      const duplicate = await findVideo(app.db, youtubeId);
      if (duplicate) return existing(reply, duplicate);
      const item = await create(
        user,
        request.ip,
        {
          kind: 'video',
          storageKey: null,
          mimeType: null,
          bytes: null,
          width: null,
          height: null,
          checksum: null,
          youtubeId,
          focalX: 0.5,
          focalY: 0.5,
          variants: [],
          credit: request.body.credit?.trim() || null,
          consent: request.body.consent ?? 'unknown',
          originalFilename: null,
          createdById: user.id,
        },
        request.body.translations ?? {},
      );
      reply.header('location', `/api/v1/staff/media/${item.id}`);
      return sendItem(reply, item, 201);
    },
  );

  app.get(
    '/media',
    {
      schema: {
        operationId: 'listStaffMedia',
        tags,
        summary: 'The media library, newest first, with or without consent',
        querystring: StaffMediaListQuery,
        response: { 200: ListOf(StaffMedia), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'read', ENTITY);
      const page = await listStaffMedia(app.db, { ...request.query, userId: user.id });
      return sendList(request, reply, page, {
        page: request.query.page,
        pageSize: request.query.pageSize,
        locale: await app.defaultLocale(),
      });
    },
  );

  app.get(
    '/media/:id',
    {
      schema: {
        operationId: 'getStaffMedia',
        tags,
        summary: 'One media record, all languages; the ETag is what PATCH and DELETE send back',
        params: IdParams,
        response: { 200: Item, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', ENTITY);
      const item = await getStaffMedia(app.db, request.params.id);
      if (!item) throw notFound('Media');
      return sendItem(reply, item);
    },
  );

  app.patch(
    '/media/:id',
    {
      schema: {
        operationId: 'updateMedia',
        tags,
        summary: 'Edit texts per language, credit, consent or focal point',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateMediaBody,
        response: { 200: Item, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const { id } = request.params;
      const { translations, credit, consent, focalPoint } = request.body;
      const item = await app.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const locked = await lockMedia(db, id);
        if (!locked) throw notFound('Media');
        authorize(user, 'update', ENTITY, { ownerId: locked.ownerId });
        checkIfMatch(request, versionTag(ENTITY, id, locked.version));
        const before = (await getStaffMedia(db, id))!;
        await updateMediaRow(db, id, {
          ...(credit !== undefined ? { credit } : {}),
          ...(consent !== undefined ? { consent } : {}),
          ...(focalPoint ? { focalX: focalPoint.x, focalY: focalPoint.y } : {}),
        });
        if (translations) await writeTranslations(db, id, translations);
        const after = (await getStaffMedia(db, id))!;
        await recordRevision(db, {
          entityType: ENTITY,
          entityId: id,
          version: after.version,
          document: after,
          userId: user.id,
        });
        const changed = diffDocuments(before, after)
          .map((c) => c.path)
          .filter((p) => p !== 'version' && p !== 'updatedAt');
        await recordAudit(db, {
          userId: user.id,
          action: 'update',
          entityType: ENTITY,
          entityId: id,
          detail: { changed },
          ip: request.ip,
        });
        return after;
      });
      await app.publicCache.invalidate();
      return sendItem(reply, item);
    },
  );

  app.delete(
    '/media/:id',
    {
      schema: {
        operationId: 'deleteMedia',
        tags,
        summary: 'Delete a media record and its files',
        description:
          'Refused with 409 while the media is a cover or logo, in a gallery, or shown in an ' +
          'article or page body: remove it there first.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: {
          204: { type: 'null', description: 'Deleted, files too' },
          ...problemResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      const { id } = request.params;
      const keys = await app.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const locked = await lockMedia(db, id);
        if (!locked) throw notFound('Media');
        authorize(user, 'delete', ENTITY, { ownerId: locked.ownerId });
        checkIfMatch(request, versionTag(ENTITY, id, locked.version));
        const folder = locked.storageKey?.slice(0, locked.storageKey.lastIndexOf('/')) ?? null;
        const usage = await mediaUsage(db, id, folder);
        if (usage.covers + usage.galleries + usage.bodies > 0) {
          const where = [
            usage.covers && `${usage.covers} cover(s) or logo(s)`,
            usage.galleries && `${usage.galleries} gallery(ies)`,
            usage.bodies && `${usage.bodies} article or page text(s)`,
          ].filter(Boolean);
          throw new HttpProblem({
            status: 409,
            title: 'Conflict',
            type: 'urn:jaryk:problem:media-in-use',
            detail: `This media is still used in ${where.join(', ')}. Remove it there first.`,
          });
        }
        const before = (await getStaffMedia(db, id))!;
        const removed = await deleteMediaRow(db, id);
        // The last revision keeps what was deleted (the files themselves are gone).
        await recordRevision(db, {
          entityType: ENTITY,
          entityId: id,
          version: before.version + 1,
          document: { ...before, deleted: true },
          userId: user.id,
        });
        await recordAudit(db, {
          userId: user.id,
          action: 'delete',
          entityType: ENTITY,
          entityId: id,
          detail: { kind: before.kind, originalFilename: before.originalFilename },
          ip: request.ip,
        });
        return removed;
      });
      await app.publicCache.invalidate();
      // After the commit: a file left behind by a storage failure is unreachable (no record).
      const results = await Promise.allSettled(keys.map((k) => app.mediaStorage.delete(k)));
      for (const r of results) {
        if (r.status === 'rejected')
          request.log.warn({ err: r.reason, mediaId: id }, 'media file not deleted');
      }
      return reply.code(204).send(null);
    },
  );
};
