import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../db/client.js';
import { staffOf } from '../../plugins/auth.js';
import { invalidFields } from '../../shared/problems.js';
import { ItemOf, problemResponses, type ProblemBody } from '../../shared/schemas.js';
import { IfMatchHeaders, checkIfMatch, versionTag } from '../staff/concurrency.js';
import { recordAudit, recordRevision } from '../staff/history.js';
import { authorize } from '../staff/policy.js';
import {
  ensureSettings,
  loadSettingsDocument,
  missingSlideshowEntries,
  updateSettings,
  type SiteSettingsDoc,
  type SiteSettingsPatch,
} from './staff-queries.js';
import { SiteSettingsDocument, SiteSettingsUpdate } from './staff-schemas.js';

type FieldError = NonNullable<ProblemBody['errors']>[number];

const tags = ['staff-settings'];
const etagOf = (doc: SiteSettingsDoc) => versionTag('settings', 1, doc.version);

const isHttpsUrl = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** What the schema cannot say about a settings change (the database is asked separately). */
function fieldProblems(patch: SiteSettingsPatch): FieldError[] {
  const errors: FieldError[] = [];
  const error = (field: string, message: string) => errors.push({ in: 'body', field, message });
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    error('timeZone', 'is not a known IANA time zone');
  }
  patch.socialLinks?.forEach((link, i) => {
    if (!isHttpsUrl(link.url)) error(`socialLinks.${i}.url`, 'must be an https URL');
  });
  if (patch.mapTileUrl !== undefined) {
    const url = patch.mapTileUrl;
    const missing = ['{z}', '{x}', '{y}'].filter((p) => !url.includes(p));
    if (missing.length > 0) error('mapTileUrl', `must contain ${missing.join(', ')}`);
    else if (!isHttpsUrl(url.replace(/\{[a-z]\}/g, '0'))) {
      error('mapTileUrl', 'must be an https URL');
    }
  }
  return errors;
}

/**
 * The site settings (one row): admins only. GET creates the row with defaults when missing;
 * PATCH needs If-Match, saves a revision, is audited and drops the public cache.
 */
export const staffSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    {
      schema: {
        operationId: 'getStaffSiteSettings',
        tags,
        summary: 'The site settings with every translation; the ETag names their version',
        response: { 200: ItemOf(SiteSettingsDocument), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      authorize(staffOf(request), 'read', 'settings');
      let doc = await loadSettingsDocument(app.db);
      if (!doc) {
        await ensureSettings(app.db);
        await app.publicCache.invalidate();
        doc = (await loadSettingsDocument(app.db))!;
      }
      return reply.header('etag', etagOf(doc)).send({ data: doc });
    },
  );

  app.patch(
    '/settings',
    {
      schema: {
        operationId: 'updateSiteSettings',
        tags,
        summary: 'Change the site settings: only the fields sent; needs If-Match',
        headers: IfMatchHeaders,
        body: SiteSettingsUpdate,
        response: {
          200: ItemOf(SiteSettingsDocument),
          ...problemResponses(400, 401, 403, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const user = staffOf(request);
      authorize(user, 'update', 'settings');
      const patch = request.body;
      const problems = fieldProblems(patch);
      if (problems.length > 0) throw invalidFields(problems);
      await ensureSettings(app.db);
      const doc = await app.db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Database;
        const current = (await loadSettingsDocument(tx, { lock: true }))!;
        checkIfMatch(request, etagOf(current));
        const missing = patch.slideshow ? await missingSlideshowEntries(tx, patch.slideshow) : [];
        if (missing.length > 0) {
          throw invalidFields(
            missing.map((i) => ({
              in: 'body' as const,
              field: `slideshow.${i}.id`,
              message: `names no ${patch.slideshow![i]!.type}`,
            })),
          );
        }
        await updateSettings(tx, patch);
        const saved = (await loadSettingsDocument(tx))!;
        if (Object.keys(saved.translations).length === 0) {
          throw invalidFields([
            { in: 'body', field: 'translations', message: 'the site needs a name in one language' },
          ]);
        }
        const { footerOrganizations: _f, ...document } = saved;
        await recordRevision(tx, {
          entityType: 'settings',
          entityId: 1,
          version: saved.version,
          document,
          userId: user.id,
        });
        await recordAudit(tx, {
          userId: user.id,
          action: 'settings_updated',
          entityType: 'settings',
          entityId: 1,
          detail: { version: saved.version, fields: Object.keys(patch) },
          ip: request.ip,
        });
        return saved;
      });
      await app.publicCache.invalidate();
      return reply.header('etag', etagOf(doc)).send({ data: doc });
    },
  );
};
