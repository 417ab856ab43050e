import { boolean, integer, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './common.js';

export const userRoleEnum = pgEnum('user_role', ['admin', 'editor', 'author']);

/** Staff accounts. Authentication columns arrive with the staff-editing work. */
export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull(),
    displayName: text().notNull(),
    role: userRoleEnum().notNull().default('author'),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);
