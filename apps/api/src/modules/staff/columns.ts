import { sql, type SQL } from 'drizzle-orm';

/**
 * `column = value` assignments for the fields of a PATCH that were sent (undefined is left
 * out, null is stored as null). `columns` maps each camelCase field to its column.
 */
export function assignmentsOf<T extends object>(
  patch: Partial<T>,
  columns: Partial<Record<keyof T, string>>,
): SQL[] {
  const sets: SQL[] = [];
  for (const [field, column] of Object.entries(columns) as [keyof T, string][]) {
    const value = patch[field];
    if (value !== undefined) sets.push(sql`${sql.raw(column)} = ${value}`);
  }
  return sets;
}
