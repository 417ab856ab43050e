import { Type, type TSchema } from 'typebox';
import { LOCALES } from '../../db/schema/common.js';
import {
  DateTime,
  LocaleSchema,
  Nullable,
  QueryString,
  localeQuery,
  paginationQuery,
} from '../../shared/schemas.js';

/** Where an item stands in the editorial workflow; `scheduled` is published with a future time. */
export const WORKFLOW_STATES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export const WorkflowState = Type.Enum(WORKFLOW_STATES, { title: 'WorkflowState' });

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'publish',
  'schedule',
  'unpublish',
  'archive',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const WorkflowBody = Type.Object(
  {
    action: Type.Enum(WORKFLOW_ACTIONS, {
      description:
        'submit: draft to review; withdraw: review back to draft; publish: now, or at publishAt ' +
        '(past dates backdate); schedule: at a future publishAt; unpublish: back to draft; archive',
    }),
    publishAt: Type.Optional(DateTime),
  },
  { additionalProperties: false, title: 'WorkflowChange' },
);

export const StaffRef = Type.Object(
  { id: Type.Integer(), displayName: Type.String() },
  { title: 'StaffRef' },
);

/** Facts every staff document carries besides its own fields. */
export const documentMeta = {
  id: Type.Integer(),
  version: Type.Integer({ description: 'Goes up with every save; the ETag names it' }),
  createdAt: DateTime,
  updatedAt: DateTime,
  missingLocales: Type.Array(LocaleSchema, { description: 'Languages without a translation' }),
};

export const workflowMeta = {
  status: Type.Enum(['draft', 'review', 'published', 'archived']),
  state: WorkflowState,
  publishAt: Nullable(DateTime),
};

/** One row of a staff list, the same shape for every resource. */
export const StaffListItem = Type.Object(
  {
    id: Type.Integer(),
    version: Type.Integer(),
    title: Type.String({ description: 'In the requested language, else the best available' }),
    state: Type.Union([WorkflowState, Type.Null()]),
    publishAt: Nullable(DateTime),
    updatedAt: DateTime,
    locales: Type.Array(LocaleSchema),
    owner: Nullable(StaffRef),
  },
  { title: 'StaffListItem' },
);

export const StaffListQuery = QueryString({
  ...paginationQuery,
  ...localeQuery,
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Words in any title' }),
  ),
  state: Type.Optional(WorkflowState),
  mine: Type.Optional(Type.Boolean({ description: 'Only items I own' })),
  missingLocale: Type.Optional(
    Type.Enum(LOCALES, { description: 'Only items lacking this translation' }),
  ),
});

/**
 * Translations in a document: one object per language present. In a PATCH, a language set to
 * null is deleted and one given is replaced as a whole; languages left out stay as they are.
 */
export function TranslationsOf<T extends TSchema>(translation: T, opts: { patch: boolean }) {
  const value = opts.patch ? Nullable(translation) : translation;
  return Type.Object(
    {
      ky: Type.Optional(value),
      ru: Type.Optional(value),
      en: Type.Optional(value),
    },
    { additionalProperties: false, minProperties: opts.patch ? 0 : 1 },
  );
}

export const RevisionParams = Type.Object(
  {
    id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    revisionId: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const RevisionSummary = Type.Object(
  {
    id: Type.Integer(),
    version: Type.Integer(),
    createdAt: DateTime,
    user: Nullable(StaffRef),
  },
  { title: 'RevisionSummary' },
);

export const FieldChange = Type.Object(
  {
    path: Type.String({ description: 'Dotted path, e.g. translations.ru.title' }),
    before: Type.Unknown(),
    after: Type.Unknown(),
  },
  { title: 'FieldChange' },
);

export const CompareQuery = QueryString({
  against: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Another revision id; default: the current version' }),
  ),
});
