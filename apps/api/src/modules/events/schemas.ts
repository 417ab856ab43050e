import { Type, type Static } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import { ATTENDANCE_MODES, EVENT_FORMATS, EVENT_PARTNER_ROLES } from '../../db/schema/events.js';
import { ORGANIZATION_KINDS } from '../../db/schema/organizations.js';
import { PLACE_KINDS } from '../../db/schema/places.js';
import {
  DateTime,
  LocalizedFields,
  Nullable,
  QueryString,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';
import { Media } from '../media/schemas.js';
import { CommunityGroupLink } from '../projects/refs.js';
import { eventFilterQuery } from './filters.js';

export const PlaceRef = Type.Object(
  { slug: Type.String(), kind: Type.Enum(PLACE_KINDS), name: Type.String() },
  { title: 'PlaceRef' },
);

export const EventPlace = Type.Object(
  {
    ...PlaceRef.properties,
    path: Type.Array(PlaceRef, { description: 'From the country down to this place' }),
  },
  { title: 'EventPlace' },
);

export const Coordinates = Type.Object(
  { latitude: Type.Number(), longitude: Type.Number() },
  { title: 'Coordinates' },
);

const count = (group: string) =>
  Nullable(Type.Integer({ minimum: 0, description: `Number of ${group}; null when not reported` }));

export const ParticipantCounts = Type.Object(
  {
    women: count('women'),
    girls: count('girls'),
    men: count('men'),
    boys: count('boys'),
    unspecified: count('participants of unspecified group'),
    total: count('participants in all'),
  },
  { title: 'ParticipantCounts', description: 'Aggregates only; never personal data' },
);

export const EventPartner = Type.Object(
  {
    slug: Type.String(),
    kind: Type.Enum(ORGANIZATION_KINDS),
    name: Type.String(),
    role: Type.Enum(EVENT_PARTNER_ROLES),
    websiteUrl: Nullable(Type.String()),
    logo: Nullable(Media),
  },
  { title: 'EventPartner' },
);

export const ProjectRef = Type.Object(
  { slug: Type.String(), kind: Type.Enum(['project', 'initiative']), title: Type.String() },
  { title: 'ProjectRef' },
);

export const SeriesRef = Type.Object(
  { slug: Type.String(), title: Type.String(), position: Nullable(Type.Integer()) },
  { title: 'SeriesRef' },
);

export const EventSummary = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    ...LocalizedFields,
    title: Type.String(),
    summary: Nullable(Type.String()),
    startsAt: Nullable({ ...DateTime, description: 'Null when the source gives no date' }),
    endsAt: Nullable(DateTime),
    timeZone: Type.String({ description: 'IANA time zone of the venue, e.g. Asia/Bishkek' }),
    format: Type.Enum(EVENT_FORMATS),
    attendanceMode: Type.Enum(ATTENDANCE_MODES),
    venueName: Nullable(Type.String()),
    venueAddress: Nullable(Type.String()),
    audience: Nullable(Type.String()),
    facilitator: Nullable(Type.String()),
    place: Nullable(EventPlace),
    coordinates: Nullable(Coordinates),
    series: Nullable(SeriesRef),
    projects: Type.Array(ProjectRef),
    partners: Type.Array(EventPartner),
    participants: ParticipantCounts,
    cover: Nullable(Media),
  },
  { title: 'EventSummary' },
);

const Neighbour = Nullable(
  Type.Object({ slug: Type.String(), title: Type.String() }, { title: 'EventNeighbour' }),
);

export const ArticleRef = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    locale: Type.Enum(LOCALES, { description: 'Language the title is in' }),
    publishedAt: DateTime,
  },
  { title: 'ArticleRef' },
);

export const Event = Type.Object(
  {
    ...EventSummary.properties,
    description: Nullable(Type.String({ description: 'Sanitized HTML' })),
    updatedAt: DateTime,
    gallery: Type.Array(Media),
    articles: Type.Array(ArticleRef, { description: 'Articles reporting on this event' }),
    groups: Type.Array(CommunityGroupLink, {
      description: 'Published community groups that took part, by name',
    }),
    previousInSeries: Neighbour,
    nextInSeries: Neighbour,
  },
  { title: 'Event' },
);

export const EVENT_SORTS = ['startsAt', '-startsAt', 'series'] as const;

/** The event list's filters, shared with the iCalendar and GeoJSON feeds of events. */
export const eventListFilters = {
  ...localeQuery,
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Full-text search' })),
  ...eventFilterQuery('Events'),
  from: Type.Optional(
    Type.String({ format: 'date', description: 'Starting on or after (YYYY-MM-DD, Asia/Bishkek)' }),
  ),
  to: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Starting on or before (YYYY-MM-DD, Asia/Bishkek)',
    }),
  ),
  when: Type.Optional(
    Type.Enum(['upcoming', 'past'], {
      description:
        'upcoming: not yet ended; past: started before now, or date unknown (reported afterwards)',
    }),
  ),
};
export const EventListFilters = QueryString(eventListFilters);
export type EventListFilters = Static<typeof EventListFilters>;

export const EventListQuery = QueryString({
  ...eventListFilters,
  sort: Type.Optional(
    Type.Enum(EVENT_SORTS, {
      description:
        'Default: soonest first for upcoming, newest first otherwise; series: by series and position',
    }),
  ),
  ...paginationQuery,
});
export type EventListQuery = Static<typeof EventListQuery>;

export const EventDetailQuery = QueryString({ ...localeQuery });
