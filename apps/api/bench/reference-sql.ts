/*
 * Hand-written SQL for the four benchmark scenarios: the same answers as the app's routes (same
 * visibility rules, same fields, same order), written as plain strings with $n parameters.
 * In every statement $1 is the requested locale and $2 the site's default locale (read once at
 * start, as the app does). Column order follows the API schemas, so JSON.stringify of a row
 * gives the app's field order.
 */

/** Published and due, the app's rule for what the public may see. */
const visible = (a: string) =>
  `(${a}.status = 'published' AND ${a}.publish_at IS NOT NULL AND ${a}.publish_at <= now())`;

const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Requested locale first, then the default one, then the rest in enum order. */
const preference = (column: string) =>
  `CASE WHEN ${column} = $1::locale THEN 0 WHEN ${column} = $2::locale THEN 1 ELSE 2 END, ${column}`;

/** A LATERAL subquery with the best translation of a row, columns read from alias `x`. */
const best = (table: string, foreignKey: string, parent: string, columns: string) =>
  `(SELECT x.locale::text AS locale, ${columns} FROM ${table} x WHERE x.${foreignKey} = ${parent}
    ORDER BY ${preference('x.locale')} LIMIT 1)`;

const locales = (table: string, foreignKey: string, parent: string) =>
  `(SELECT json_agg(x.locale::text ORDER BY x.locale) FROM ${table} x WHERE x.${foreignKey} = ${parent})`;

const mediaObject = `json_build_object(
    'id', m.id, 'kind', m.kind, 'locale', coalesce(mt.locale, $1::locale::text),
    'availableLocales', coalesce(${locales('media_translations', 'media_id', 'm.id')}, '[]'::json),
    'title', mt.title, 'alt', mt.alt, 'caption', mt.caption, 'credit', m.credit,
    'width', m.width, 'height', m.height, 'mimeType', m.mime_type,
    'url', CASE WHEN m.storage_key IS NULL THEN NULL ELSE '/media/' || m.storage_key END,
    'youtubeId', m.youtube_id,
    'focalPoint', json_build_object('x', m.focal_x, 'y', m.focal_y),
    'variants', (SELECT coalesce(json_agg(json_build_object('width', v->'width', 'height', v->'height',
        'format', v->'format', 'url', '/media/' || (v->>'key'))), '[]'::json)
      FROM jsonb_array_elements(m.variants) v))`;

const mediaTranslation = `LEFT JOIN LATERAL ${best('media_translations', 'media_id', 'm.id', 'x.title, x.alt, x.caption')} mt ON true`;

const mediaVisible = `m.consent IN ('obtained', 'not_required')`;

const mediaById = (id: string) =>
  `(SELECT ${mediaObject} FROM media m ${mediaTranslation} WHERE m.id = ${id} AND ${mediaVisible})`;

const gallery = (linkTable: string, ownerColumn: string, owner: string) =>
  `(SELECT coalesce(json_agg(${mediaObject} ORDER BY g.position, m.id), '[]'::json)
    FROM ${linkTable} g JOIN media m ON m.id = g.media_id ${mediaTranslation}
    WHERE g.${ownerColumn} = ${owner} AND ${mediaVisible})`;

const nameOf = (table: string, foreignKey: string, parent: string, column = 'title') =>
  `(SELECT x.${column} FROM ${table} x WHERE x.${foreignKey} = ${parent} ORDER BY ${preference('x.locale')} LIMIT 1)`;

// ---------------------------------------------------------------------------------------------
// Articles

const articleTranslation = `JOIN LATERAL ${best(
  'article_translations',
  'article_id',
  'a.id',
  'x.slug, x.title, x.summary, x.body, x.seo_title, x.seo_description',
)} t ON true`;

const articleSummaryColumns = `a.id, t.slug, t.locale,
    ${locales('article_translations', 'article_id', 'a.id')} AS "availableLocales",
    t.title, t.summary, a.byline, ${iso('a.publish_at')} AS "publishedAt", a.featured,
    ${mediaById('a.cover_media_id')} AS cover,
    (SELECT coalesce(json_agg(json_build_object('slug', tg.slug, 'name',
        ${nameOf('tag_translations', 'tag_id', 'tg.id', 'name')}) ORDER BY tg.slug), '[]'::json)
      FROM article_tags atg JOIN tags tg ON tg.id = atg.tag_id WHERE atg.article_id = a.id) AS tags`;

/** Full-text match on any translation, each in its own language's configuration ($5 is q). */
const articleSearch = `a.id IN (SELECT st.article_id FROM article_translations st WHERE
    (st.locale = 'ru' AND st.search @@ websearch_to_tsquery('russian', $5::text)) OR
    (st.locale = 'en' AND st.search @@ websearch_to_tsquery('english', $5::text)) OR
    (st.locale = 'ky' AND st.search @@ websearch_to_tsquery('simple', $5::text)))`;

/**
 * Newest public articles, optionally matching $5. The page is cut on the narrow table in index
 * order (NULLS LAST matches articles_public_idx; publish_at is never null here, so the order is
 * the app's), the total is one uncorrelated count, and only the page's rows are dressed.
 * $3 LIMIT, $4 OFFSET; the first column, `total`, is not part of an item.
 */
function articleListSql(search: boolean): string {
  const where = search ? `${visible('a')} AND ${articleSearch}` : visible('a');
  return `WITH page AS (
      SELECT a.id, a.publish_at FROM articles a WHERE ${where}
      ORDER BY a.publish_at DESC NULLS LAST, a.id DESC NULLS LAST LIMIT $3 OFFSET $4)
    SELECT (SELECT count(*)::int FROM articles a WHERE ${where}) AS total, ${articleSummaryColumns}
    FROM page JOIN articles a ON a.id = page.id ${articleTranslation}
    ORDER BY page.publish_at DESC, page.id DESC`;
}

export const ARTICLE_LIST = articleListSql(false);
export const ARTICLE_SEARCH = articleListSql(true);

/** One public article by the slug ($3) of any translation, with its events, in one statement. */
export const ARTICLE_BY_SLUG = `SELECT ${articleSummaryColumns},
    t.body, t.seo_title AS "seoTitle", t.seo_description AS "seoDescription",
    ${iso('a.updated_at')} AS "updatedAt",
    (SELECT json_object_agg(s.locale, s.slug ORDER BY s.locale) FROM article_translations s
      WHERE s.article_id = a.id) AS slugs,
    ${gallery('article_media', 'article_id', 'a.id')} AS gallery,
    (SELECT coalesce(json_agg(json_build_object('slug', e.slug,
        'title', et.title,
        'startsAt', ${iso('e.starts_at')},
        'placeName', ${nameOf('place_translations', 'place_id', 'e.place_id', 'name')},
        'seriesPosition', e.series_position)
        ORDER BY e.series_id NULLS LAST, e.series_position NULLS LAST, e.starts_at NULLS LAST, e.id), '[]'::json)
      FROM article_events ae JOIN events e ON e.id = ae.event_id
        JOIN LATERAL (SELECT x.title FROM event_translations x WHERE x.event_id = e.id
          ORDER BY ${preference('x.locale')} LIMIT 1) et ON true
      WHERE ae.article_id = a.id AND ${visible('e')}) AS events
  FROM articles a ${articleTranslation}
  WHERE a.id = (SELECT st.article_id FROM article_translations st WHERE st.slug = $3
      ORDER BY st.locale = $1::locale DESC LIMIT 1)
    AND ${visible('a')}`;

// ---------------------------------------------------------------------------------------------
// Events

const eventTranslation = `JOIN LATERAL ${best(
  'event_translations',
  'event_id',
  'e.id',
  'x.title, x.summary, x.venue_name, x.venue_address, x.audience, x.facilitator',
)} t ON true`;

const placeName = (alias: string) =>
  `LEFT JOIN LATERAL (SELECT x.name FROM place_translations x WHERE x.place_id = ${alias}.id
    ORDER BY ${preference('x.locale')} LIMIT 1) ${alias}n ON true`;

const eventSummaryColumns = `e.id, e.slug, t.locale,
    ${locales('event_translations', 'event_id', 'e.id')} AS "availableLocales",
    t.title, t.summary, ${iso('e.starts_at')} AS "startsAt", ${iso('e.ends_at')} AS "endsAt",
    e.time_zone AS "timeZone", e.format, e.attendance_mode AS "attendanceMode",
    t.venue_name AS "venueName", t.venue_address AS "venueAddress", t.audience, t.facilitator,
    (SELECT json_build_object('slug', pl.slug, 'kind', pl.kind, 'name', pln.name,
        'path', (SELECT json_agg(json_build_object('slug', pa.slug, 'kind', pa.kind, 'name', pan.name)
            ORDER BY pa.depth)
          FROM places pa ${placeName('pa')}
          WHERE pa.id = ANY(string_to_array(trim(both '/' from pl.path), '/')::int[])))
      FROM places pl ${placeName('pl')} WHERE pl.id = e.place_id) AS place,
    (SELECT json_build_object('latitude', coalesce(e.latitude, p.latitude),
        'longitude', coalesce(e.longitude, p.longitude))
      FROM (SELECT 1) one LEFT JOIN places p ON p.id = e.place_id
      WHERE coalesce(e.latitude, p.latitude) IS NOT NULL
        AND coalesce(e.longitude, p.longitude) IS NOT NULL) AS coordinates,
    (SELECT json_build_object('slug', s.slug,
        'title', ${nameOf('event_series_translations', 'series_id', 's.id')}, 'position', e.series_position)
      FROM event_series s WHERE s.id = e.series_id AND ${visible('s')}) AS series,
    (SELECT coalesce(json_agg(json_build_object('slug', pj.slug, 'kind', pj.kind,
        'title', ${nameOf('project_translations', 'project_id', 'pj.id')}) ORDER BY pj.kind, pj.slug), '[]'::json)
      FROM event_projects epj JOIN projects pj ON pj.id = epj.project_id
      WHERE epj.event_id = e.id AND ${visible('pj')}) AS projects,
    (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'kind', o.kind,
        'name', ${nameOf('organization_translations', 'organization_id', 'o.id', 'name')},
        'role', ep.role, 'websiteUrl', o.website_url, 'logo', ${mediaById('o.logo_media_id')})
        ORDER BY ep.role, o.slug), '[]'::json)
      FROM event_partners ep JOIN organizations o ON o.id = ep.organization_id
      WHERE ep.event_id = e.id AND ${visible('o')}) AS partners,
    (SELECT json_build_object(
        'women', max(pc.count) FILTER (WHERE pc.group = 'women'),
        'girls', max(pc.count) FILTER (WHERE pc.group = 'girls'),
        'men', max(pc.count) FILTER (WHERE pc.group = 'men'),
        'boys', max(pc.count) FILTER (WHERE pc.group = 'boys'),
        'unspecified', max(pc.count) FILTER (WHERE pc.group = 'unspecified'),
        'total', sum(pc.count))
      FROM participant_counts pc WHERE pc.event_id = e.id) AS participants,
    ${mediaById('e.cover_media_id')} AS cover`;

const eventInPlace = `e.place_id IN (SELECT d.id FROM places d JOIN places p ON d.path LIKE p.path || '%'
    WHERE p.slug = $5::text)`;

const eventOrder = 'e.starts_at DESC NULLS LAST, e.series_position ASC NULLS LAST, e.id DESC';

/** Public events in place $5 or under it, newest first. $3 LIMIT, $4 OFFSET; then `total`. */
export const EVENTS_IN_PLACE = `WITH page AS (
    SELECT e.id, row_number() OVER (ORDER BY ${eventOrder}) AS n FROM events e
    WHERE ${visible('e')} AND ${eventInPlace}
    ORDER BY ${eventOrder} LIMIT $3 OFFSET $4)
  SELECT (SELECT count(*)::int FROM events e WHERE ${visible('e')} AND ${eventInPlace}) AS total,
    ${eventSummaryColumns}
  FROM page JOIN events e ON e.id = page.id ${eventTranslation}
  ORDER BY page.n`;

export const DEFAULT_LOCALE = `SELECT default_locale::text AS locale FROM site_settings WHERE id = 1`;
