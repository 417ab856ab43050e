import type { Static } from 'typebox';
import type { Article } from '../articles/schemas.js';
import type { Event } from '../events/schemas.js';
import type { SiteIdentity } from '../settings/queries.js';

/** schema.org descriptions of pages (https://schema.org), embedded as JSON-LD. */

type ArticleRow = Static<typeof Article>;
type EventRow = Static<typeof Event>;

const CONTEXT = 'https://schema.org';

export function organization(siteName: string, base: string, identity?: SiteIdentity | null) {
  const sameAs = identity?.socialLinks.map((l) => l.url) ?? [];
  return {
    '@type': 'Organization',
    name: siteName,
    url: base,
    ...(identity?.slogan ? { slogan: identity.slogan } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

export function homeJsonLd(siteName: string, base: string, identity: SiteIdentity | null) {
  return { '@context': CONTEXT, ...organization(siteName, base, identity) };
}

export function newsArticleJsonLd(
  article: ArticleRow,
  opts: {
    url: string;
    description: string | null;
    image: string | null;
    siteName: string;
    base: string;
  },
) {
  const publisher = organization(opts.siteName, opts.base);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    ...(opts.description ? { description: opts.description } : {}),
    url: opts.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': opts.url },
    datePublished: article.publishedAt,
    dateModified: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
    inLanguage: article.locale,
    // The byline is free text ("Baktykan Azhymamatova, Osh oblast"): kept whole as the name.
    author: article.byline ? { '@type': 'Person', name: article.byline } : publisher,
    publisher,
    ...(opts.image ? { image: [opts.image] } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name).join(', ') } : {}),
  };
}

const ATTENDANCE: Record<EventRow['attendanceMode'], string> = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/** Partners who organized the event (role organizer or co-organizer). */
const ORGANIZING_ROLES = new Set(['organizer', 'co_organizer']);

export function eventJsonLd(
  event: EventRow,
  opts: { url: string; description: string | null; image: string | null },
) {
  const placeNames = (event.place?.path ?? []).map((p) => p.name).reverse();
  const address = [event.venueAddress, ...placeNames].filter(Boolean).join(', ');
  const placeName = event.venueName ?? event.place?.name ?? null;
  const physical =
    placeName || address
      ? {
          '@type': 'Place',
          ...(placeName ? { name: placeName } : {}),
          ...(address ? { address } : {}),
          ...(event.coordinates
            ? {
                geo: {
                  '@type': 'GeoCoordinates',
                  latitude: event.coordinates.latitude,
                  longitude: event.coordinates.longitude,
                },
              }
            : {}),
        }
      : null;
  const virtual = { '@type': 'VirtualLocation', url: opts.url };
  const location =
    event.attendanceMode === 'online'
      ? virtual
      : event.attendanceMode === 'mixed'
        ? [physical, virtual].filter(Boolean)
        : physical;
  const organizers = event.partners
    .filter((p) => ORGANIZING_ROLES.has(p.role))
    .map((p) => ({
      '@type': 'Organization',
      name: p.name,
      ...(p.websiteUrl ? { url: p.websiteUrl } : {}),
    }));
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    ...(opts.description ? { description: opts.description } : {}),
    url: opts.url,
    inLanguage: event.locale,
    // The seed's workshops have no known date: better none than a made-up one.
    ...(event.startsAt ? { startDate: event.startsAt } : {}),
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventAttendanceMode: ATTENDANCE[event.attendanceMode],
    eventStatus: 'https://schema.org/EventScheduled',
    ...(location ? { location } : {}),
    ...(organizers.length > 0 ? { organizer: organizers } : {}),
    ...(event.facilitator ? { performer: { '@type': 'Person', name: event.facilitator } } : {}),
    ...(opts.image ? { image: [opts.image] } : {}),
  };
}
