import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Locale } from '../../db/schema/common.js';
import { PARTICIPANT_GROUPS } from '../../db/schema/events.js';
import { NotModified, problemResponses } from '../../shared/schemas.js';
import { siteUrls } from '../../shared/site-urls.js';
import { oneLine, plainText } from '../../shared/text.js';
import { listArticlesForFeed } from '../articles/queries.js';
import { listEventsForFeeds, type EventFeedRow } from '../events/queries.js';
import { listCommunityGroupsForMap } from '../community-groups/queries.js';
import { FALLBACK_SITE_NAME, SECTIONS } from '../seo/sections.js';
import { getSiteIdentity } from '../settings/queries.js';
import { impactByGroup } from '../stats/queries.js';
import { ImpactQuery, MINIMUM_SHOWN_COUNT } from '../stats/schemas.js';
import { suppressSmallCounts, type ShownFigures } from '../stats/suppression.js';
import { renderAtom } from './atom.js';
import { renderCsv, type Cell } from './csv.js';
import { renderCalendar } from './ical.js';
import {
  ATOM_ENTRIES,
  AtomFeedQuery,
  CALENDAR_EVENTS_MAX,
  CommunityGroupFeatureCollection,
  CommunityGroupFeedQuery,
  EventFeatureCollection,
  EventFeedQuery,
  GEOJSON_FEATURES_MAX,
  textResponse,
} from './schemas.js';

/** Where an event takes place, most specific first: venue, address, then up the place tree. */
function locationOf(e: EventFeedRow): string | null {
  const parts = [e.venueName, e.venueAddress, ...[...(e.placePath ?? [])].reverse()];
  return parts.filter(Boolean).join(', ') || null;
}

/**
 * Feeds for third parties, in the formats their tools read: Atom for feed readers, iCalendar for
 * calendars, GeoJSON for maps, CSV for spreadsheets. Public-cached like every public GET (ETag,
 * 304), and built from the same module queries as the JSON API, so visibility rules agree.
 */
export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const urls = siteUrls(app.publicUrl);
  const host = new URL(app.publicUrl).hostname;
  const siteNameIn = async (locale: Locale) =>
    (await getSiteIdentity(app.db, locale))?.siteName ?? FALLBACK_SITE_NAME;

  app.get(
    '/feeds/articles.atom',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getArticlesAtomFeed',
        tags: ['feeds'],
        summary: `The ${ATOM_ENTRIES} newest articles as an Atom 1.0 feed`,
        description:
          'Each article in the requested language, falling back like the API (the default ' +
          'locale, then any); each entry says its language in xml:lang and links to its page ' +
          'on the site. Content is the full HTML body.',
        querystring: AtomFeedQuery,
        response: {
          200: textResponse('application/atom+xml', 'Atom 1.0 feed (RFC 4287)'),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const identity = await getSiteIdentity(app.db, locale);
      const siteName = identity?.siteName ?? FALLBACK_SITE_NAME;
      const articles = await listArticlesForFeed(app.db, { locale, limit: ATOM_ENTRIES });
      const entries = articles.map((a) => ({
        // A tag URI (RFC 4151): stable across slug changes, one per article and language.
        id: `tag:${host},${a.publishedAt.slice(0, 10)}:article:${a.id}:${a.locale}`,
        title: a.title,
        url: urls.article(a.locale, a.slug),
        lang: a.locale,
        published: a.publishedAt,
        updated: a.lastModified,
        author: a.byline,
        summary: oneLine(a.summary),
        contentHtml: a.body,
        categories: a.tags.map((t) => ({ term: t.slug, label: t.name })),
      }));
      const updated =
        entries
          .map((e) => e.updated)
          .sort()
          .at(-1) ?? `${new Date().toISOString().slice(0, 19)}Z`;
      const selfUrl = urls.articlesFeed(locale);
      const body = renderAtom({
        id: selfUrl,
        title: `${siteName}: ${SECTIONS.news!.names[locale]}`,
        subtitle: identity?.slogan ?? null,
        lang: locale,
        base: urls.base,
        selfUrl,
        alternateUrl: urls.section(locale, 'news'),
        updated,
        author: { name: siteName, uri: urls.base },
        entries,
      });
      return reply.type('application/atom+xml; charset=utf-8').send(body);
    },
  );

  app.get(
    '/feeds/events.ics',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getEventsCalendar',
        tags: ['feeds'],
        summary: 'Events with a known start as an iCalendar feed (RFC 5545)',
        description:
          'Takes the filters of GET /api/v1/events. Events whose date is unknown are left out. ' +
          `Times are in UTC; UIDs are stable. At most ${CALENDAR_EVENTS_MAX} events, newest first.`,
        querystring: EventFeedQuery,
        response: {
          200: textResponse('text/calendar', 'iCalendar (RFC 5545)'),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const siteName = await siteNameIn(locale);
      const { items } = await listEventsForFeeds(
        app.db,
        { ...request.query, locale },
        { limit: CALENDAR_EVENTS_MAX, dated: true },
      );
      const body = renderCalendar({
        name: `${siteName}: ${SECTIONS.events!.names[locale]}`,
        description: null,
        events: items.map((e) => {
          const url = urls.event(e.locale, e.slug);
          const about = e.summary?.trim() || (e.description ? plainText(e.description) : null);
          return {
            uid: `event-${e.id}@${host}`,
            startsAt: e.startsAt!,
            endsAt: e.endsAt,
            lastModified: e.lastModified,
            summary: e.title,
            description: about ? `${about}\n\n${url}` : url,
            location: locationOf(e),
            geo:
              e.latitude !== null && e.longitude !== null
                ? { latitude: e.latitude, longitude: e.longitude }
                : null,
            url,
            categories: [e.format],
          };
        }),
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="events.ics"')
        .send(body);
    },
  );

  app.get(
    '/events.geojson',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getEventsGeoJson',
        tags: ['feeds', 'events'],
        summary: 'Events on a map: a GeoJSON FeatureCollection of points (RFC 7946)',
        description:
          'Takes the filters of GET /api/v1/events. Events without coordinates (their own or ' +
          `their place's) are left out. At most ${GEOJSON_FEATURES_MAX} features, newest first; ` +
          '`meta.total` counts all matches.',
        querystring: EventFeedQuery,
        response: {
          200: {
            description: 'GeoJSON FeatureCollection',
            content: { 'application/geo+json': { schema: EventFeatureCollection } },
          },
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const { items, total } = await listEventsForFeeds(
        app.db,
        { ...request.query, locale },
        { limit: GEOJSON_FEATURES_MAX, located: true },
      );
      return reply.type('application/geo+json; charset=utf-8').send({
        type: 'FeatureCollection' as const,
        features: items.map((e) => ({
          type: 'Feature' as const,
          id: e.slug,
          geometry: { type: 'Point' as const, coordinates: [e.longitude!, e.latitude!] },
          properties: {
            slug: e.slug,
            title: e.title,
            locale: e.locale,
            startsAt: e.startsAt,
            endsAt: e.endsAt,
            format: e.format,
            placeName: e.placePath?.at(-1) ?? null,
            venueName: e.venueName,
            participantsTotal: e.participantsTotal,
            url: urls.event(e.locale, e.slug),
          },
        })),
        meta: { total, limit: GEOJSON_FEATURES_MAX, locale },
      });
    },
  );

  app.get(
    '/community-groups.geojson',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getCommunityGroupsGeoJson',
        tags: ['feeds', 'community-groups'],
        summary: 'Community groups on a map: a GeoJSON FeatureCollection of points (RFC 7946)',
        description:
          'Takes the filters of GET /api/v1/community-groups. Groups without coordinates (their ' +
          `own or their place's) are left out. At most ${GEOJSON_FEATURES_MAX} features, by ` +
          'name; `meta.total` counts all matches. Member counts only, never member lists.',
        querystring: CommunityGroupFeedQuery,
        response: {
          200: {
            description: 'GeoJSON FeatureCollection',
            content: { 'application/geo+json': { schema: CommunityGroupFeatureCollection } },
          },
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const { items, total } = await listCommunityGroupsForMap(
        app.db,
        { ...request.query, locale },
        GEOJSON_FEATURES_MAX,
      );
      return reply.type('application/geo+json; charset=utf-8').send({
        type: 'FeatureCollection' as const,
        features: items.map((g) => ({
          type: 'Feature' as const,
          id: g.slug,
          geometry: { type: 'Point' as const, coordinates: [g.longitude, g.latitude] },
          properties: {
            slug: g.slug,
            name: g.name,
            locale: g.locale,
            kind: g.kind,
            activityStatus: g.activityStatus,
            foundedYear: g.foundedYear,
            memberCount: g.memberCount,
            placeName: g.placeName,
            // The public site's group pages (apps/web) live under /:locale/groups/:slug.
            url: `${urls.section(g.locale, 'groups')}/${encodeURIComponent(g.slug)}`,
          },
        })),
        meta: { total, limit: GEOJSON_FEATURES_MAX, locale },
      });
    },
  );

  const FIGURES = [...PARTICIPANT_GROUPS, 'total'] as const;
  const csvRow = (kind: string, row: ShownFigures): Cell[] => [
    kind,
    row.key,
    row.label,
    row.events,
    row.eventsWithCounts,
    ...FIGURES.map((f) => row[f]),
    row.suppressed.length > 0
      ? `withheld to protect participants: ${row.suppressed.join(', ')}`
      : null,
  ];

  app.get(
    '/stats/impact.csv',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getImpactStatsCsv',
        tags: ['feeds', 'stats'],
        summary: 'The impact statistics of GET /api/v1/stats/impact as CSV',
        description:
          'Same query and figures. One row per group, then a `total` row. Withheld figures ' +
          `(counts from 1 to ${MINIMUM_SHOWN_COUNT - 1}, and any figure that would reveal one) ` +
          'are empty and named in the `note` column. UTF-8 with a byte order mark, CRLF.',
        querystring: ImpactQuery,
        response: {
          200: textResponse('text/csv', 'CSV (RFC 4180) with a header row'),
          ...NotModified,
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const locale = request.query.locale ?? (await app.defaultLocale());
      const { rows, totals } = await impactByGroup(app.db, { ...request.query, locale });
      const body = renderCsv(
        ['kind', 'key', 'label', 'events', 'eventsWithCounts', ...FIGURES, 'note'],
        [
          ...rows.map((r) => csvRow('group', suppressSmallCounts(r))),
          csvRow('total', suppressSmallCounts(totals)),
        ],
      );
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="impact-${request.query.groupBy}.csv"`)
        .send(body);
    },
  );
};
