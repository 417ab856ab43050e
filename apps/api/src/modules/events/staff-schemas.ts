import { Type } from 'typebox';
import { ATTENDANCE_MODES, EVENT_FORMATS, EVENT_PARTNER_ROLES } from '../../db/schema/events.js';
import { Nullable, SlugSchema } from '../../shared/schemas.js';
import {
  BoundedDateTime,
  OptionalText,
  PartnersDocument,
  PartnersInput,
  RefId,
  RefIds,
  TranslationsDocument,
  Title,
} from '../staff/fields.js';
import { StaffRef, TranslationsOf, documentMeta, workflowMeta } from '../staff/schemas.js';
import { ParticipantCounts } from './schemas.js';

export const EventTranslationInput = Type.Object(
  {
    title: Title(300),
    summary: OptionalText(2000),
    description: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 500_000,
          description: 'HTML; sanitized to an allow-list on save',
        }),
      ),
    ),
    venueName: OptionalText(300),
    venueAddress: OptionalText(500),
    audience: OptionalText(1000),
    facilitator: OptionalText(500),
  },
  { additionalProperties: false, title: 'EventTranslationInput' },
);

const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });

export const ParticipantCountsInput = Type.Object(
  {
    women: Type.Optional(Count),
    girls: Type.Optional(Count),
    men: Type.Optional(Count),
    boys: Type.Optional(Count),
    unspecified: Type.Optional(Count),
  },
  {
    additionalProperties: false,
    title: 'ParticipantCountsInput',
    description:
      'How many took part, per group; a group left out was not counted (0 means nobody). ' +
      'Replaced as a whole when sent.',
  },
);

export const TimeZoneSchema = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^(UTC|[A-Z][A-Za-z_-]*(/[A-Za-z0-9_+-]+){1,2})$',
  description: 'IANA time zone of the venue, e.g. Asia/Bishkek',
});

const eventFields = {
  seriesId: Type.Optional(Nullable(RefId)),
  seriesPosition: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 10000, description: 'Place in its series' })),
  ),
  placeId: Type.Optional(Nullable({ ...RefId, description: 'A node of the place tree' })),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  startsAt: Type.Optional(Nullable(BoundedDateTime)),
  endsAt: Type.Optional(Nullable({ ...BoundedDateTime, description: 'Not before startsAt' })),
  timeZone: Type.Optional(TimeZoneSchema),
  format: Type.Optional(Type.Enum(EVENT_FORMATS)),
  attendanceMode: Type.Optional(Type.Enum(ATTENDANCE_MODES)),
  coverMediaId: Type.Optional(Nullable(RefId)),
  galleryMediaIds: Type.Optional(RefIds),
  participants: Type.Optional(ParticipantCountsInput),
  partners: Type.Optional(PartnersInput(EVENT_PARTNER_ROLES, 'EventPartnerInput')),
  projectIds: Type.Optional(RefIds),
  articleIds: Type.Optional({ ...RefIds, description: 'Articles reporting on the event' }),
};

export const EventCreate = Type.Object(
  {
    slug: SlugSchema,
    ...eventFields,
    translations: TranslationsOf(EventTranslationInput, { patch: false }),
  },
  { additionalProperties: false, title: 'EventCreate' },
);

export const EventUpdate = Type.Object(
  {
    slug: Type.Optional(SlugSchema),
    ...eventFields,
    translations: Type.Optional(TranslationsOf(EventTranslationInput, { patch: true })),
  },
  { additionalProperties: false, title: 'EventUpdate' },
);

export const EventTranslationDocument = Type.Object(
  {
    title: Type.String(),
    summary: Nullable(Type.String()),
    description: Nullable(Type.String()),
    venueName: Nullable(Type.String()),
    venueAddress: Nullable(Type.String()),
    audience: Nullable(Type.String()),
    facilitator: Nullable(Type.String()),
  },
  { title: 'EventTranslation' },
);

export const EventDocument = Type.Object(
  {
    ...documentMeta,
    ...workflowMeta,
    owner: Nullable(StaffRef),
    slug: Type.String(),
    seriesId: Nullable(Type.Integer()),
    seriesPosition: Nullable(Type.Integer()),
    placeId: Nullable(Type.Integer()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    startsAt: Nullable(Type.String({ format: 'date-time' })),
    endsAt: Nullable(Type.String({ format: 'date-time' })),
    timeZone: Type.String(),
    format: Type.Enum(EVENT_FORMATS),
    attendanceMode: Type.Enum(ATTENDANCE_MODES),
    coverMediaId: Nullable(Type.Integer()),
    galleryMediaIds: Type.Array(Type.Integer()),
    participants: ParticipantCounts,
    partners: PartnersDocument(EVENT_PARTNER_ROLES, 'EventPartnerLinks'),
    projectIds: Type.Array(Type.Integer()),
    articleIds: Type.Array(Type.Integer()),
    translations: TranslationsDocument(EventTranslationDocument),
  },
  { title: 'EventDocument' },
);
