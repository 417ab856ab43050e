import { Type } from 'typebox';
import { EVENT_FORMATS } from '../../db/schema/events.js';
import {
  DateTime,
  LocaleSchema,
  Nullable,
  QueryString,
  localeQuery,
} from '../../shared/schemas.js';
import { EventListFilters } from '../events/schemas.js';
import {
  CommunityGroupKind,
  CommunityGroupListFilters,
  GroupActivityStatus,
} from '../community-groups/schemas.js';

/** Newest articles in the Atom feed. */
export const ATOM_ENTRIES = 50;
/** Events in the iCalendar feed, newest first. */
export const CALENDAR_EVENTS_MAX = 2000;
/** Features in the GeoJSON of events, newest first. */
export const GEOJSON_FEATURES_MAX = 5000;

export const AtomFeedQuery = QueryString({ ...localeQuery });

/** The event list's filters, without paging or sort (feeds are capped, newest first). */
export const EventFeedQuery = EventListFilters;

export const EventFeature = Type.Object(
  {
    type: Type.Literal('Feature'),
    id: Type.String({ description: 'The event slug' }),
    geometry: Type.Object(
      {
        type: Type.Literal('Point'),
        coordinates: Type.Array(Type.Number(), {
          minItems: 2,
          maxItems: 2,
          description: '[longitude, latitude] (RFC 7946 order), WGS 84',
        }),
      },
      { title: 'PointGeometry' },
    ),
    properties: Type.Object(
      {
        slug: Type.String(),
        title: Type.String(),
        locale: LocaleSchema,
        startsAt: Nullable({ ...DateTime, description: 'Null when the source gives no date' }),
        endsAt: Nullable(DateTime),
        format: Type.Enum(EVENT_FORMATS),
        placeName: Nullable(Type.String({ description: 'The settlement, district or region' })),
        venueName: Nullable(Type.String()),
        participantsTotal: Nullable(
          Type.Integer({ minimum: 0, description: 'Participants reported; null when none' }),
        ),
        url: Type.String({ description: "The event's page on the public site" }),
      },
      { title: 'EventFeatureProperties' },
    ),
  },
  { title: 'EventFeature' },
);

export const EventFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(EventFeature),
    meta: Type.Object(
      {
        total: Type.Integer({ description: 'Matching events that have coordinates' }),
        limit: Type.Integer({ description: 'At most this many features are returned' }),
        locale: LocaleSchema,
      },
      { title: 'EventFeatureMeta', description: 'A foreign member (RFC 7946, 6.1)' },
    ),
  },
  { title: 'EventFeatureCollection' },
);

/** The community group list's filters, without paging (the map is capped, by name). */
export const CommunityGroupFeedQuery = CommunityGroupListFilters;

export const CommunityGroupFeature = Type.Object(
  {
    type: Type.Literal('Feature'),
    id: Type.String({ description: 'The group slug' }),
    geometry: EventFeature.properties.geometry,
    properties: Type.Object(
      {
        slug: Type.String(),
        name: Type.String(),
        locale: LocaleSchema,
        kind: CommunityGroupKind,
        activityStatus: GroupActivityStatus,
        foundedYear: Nullable(Type.Integer()),
        memberCount: Nullable(Type.Integer({ minimum: 0, description: 'A count, never a list' })),
        placeName: Nullable(Type.String({ description: 'The village, town or district' })),
        url: Type.String({ description: "The group's page on the public site" }),
      },
      { title: 'CommunityGroupFeatureProperties' },
    ),
  },
  { title: 'CommunityGroupFeature' },
);

export const CommunityGroupFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(CommunityGroupFeature),
    meta: Type.Object(
      {
        total: Type.Integer({ description: 'Matching groups that have coordinates' }),
        limit: Type.Integer({ description: 'At most this many features are returned' }),
        locale: LocaleSchema,
      },
      { title: 'CommunityGroupFeatureMeta', description: 'A foreign member (RFC 7946, 6.1)' },
    ),
  },
  { title: 'CommunityGroupFeatureCollection' },
);

/** A non-JSON body, documented by media type. */
export function textResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: Type.String() } } };
}
