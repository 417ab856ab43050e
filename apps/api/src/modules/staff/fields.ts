import { Type, type TSchema } from 'typebox';
import { invalidField } from '../../shared/problems.js';
import { Nullable } from '../../shared/schemas.js';

/**
 * Input pieces shared by the staff write schemas of several resources: references by id,
 * dates bounded to years the database and the site can show, partner lists.
 */

/** Another item referenced by id (a place, a medium, an organization …). */
export const RefId = Type.Integer({ minimum: 1, maximum: 2147483647 });
export const RefIds = Type.Array(RefId, { maxItems: 200, uniqueItems: true });

/** A date-time with offset, in the years 1900 to 2099 (anything else is a typo). */
export const BoundedDateTime = Type.String({
  format: 'date-time',
  pattern: '^(19|20)\\d\\d-',
  description: 'ISO 8601 with offset, e.g. 2024-03-08T10:00:00+06:00; years 1900-2099',
});

/** A calendar date (YYYY-MM-DD) in the years 1900 to 2099. */
export const BoundedDate = Type.String({
  format: 'date',
  pattern: '^(19|20)\\d\\d-',
  description: 'YYYY-MM-DD; years 1900-2099',
});

/** A title or name: required, not blank. */
export const Title = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', description: 'Not blank' });

/** Optional free text of a translation: null or absent when there is none. */
export const OptionalText = (maxLength: number) =>
  Type.Optional(Nullable(Type.String({ maxLength })));

/** Organizations taking part, each in a role of `roles`; an organization may hold several. */
export function PartnersInput<const R extends readonly string[]>(roles: R, title: string) {
  const Partner = Type.Object(
    { organizationId: RefId, role: Type.Enum(roles) },
    { additionalProperties: false, title },
  );
  return Type.Array(Partner, {
    maxItems: 100,
    uniqueItems: true,
    description: 'Replaced as a whole when sent',
  });
}

/** The stored partners of an item, as in the input. */
export function PartnersDocument<const R extends readonly string[]>(roles: R, title: string) {
  return Type.Array(Type.Object({ organizationId: Type.Integer(), role: Type.Enum(roles) }), {
    title,
  });
}

/** A document's translations: one object per language present. */
export function TranslationsDocument<T extends TSchema>(translation: T) {
  return Type.Object({
    ky: Type.Optional(translation),
    ru: Type.Optional(translation),
    en: Type.Optional(translation),
  });
}

/**
 * A period whose end may not come before its start, both possibly unknown (null). Times are
 * compared as instants, dates as text (YYYY-MM-DD sorts as it reads).
 */
export function checkPeriodOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  fields: { start: string; end: string },
  kind: 'date-time' | 'date',
): void {
  if (!start || !end) return;
  const before = kind === 'date' ? end < start : Date.parse(end) < Date.parse(start);
  if (before) throw invalidField('body', fields.end, `must not be before ${fields.start}`);
}
