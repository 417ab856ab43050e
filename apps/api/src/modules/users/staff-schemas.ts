import { Type } from 'typebox';
import { USER_ROLES } from '../../db/schema/users.js';
import { DateTime, Nullable, QueryString, paginationQuery } from '../../shared/schemas.js';
import { Email, Password } from '../auth/schemas.js';

const Role = Type.Enum(USER_ROLES, {
  description:
    'admin: everything; editor: all content; author: own drafts of articles, events, media',
});
const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const NewPassword = {
  ...Password,
  description: 'At least 10 characters, not a common password, not the e-mail or the name',
};

/** A staff account as admins see it: never its password or hash. */
export const UserAccount = Type.Object(
  {
    id: Type.Integer(),
    version: Type.Integer({ description: 'Goes up with every save; the ETag names it' }),
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(USER_ROLES),
    active: Type.Boolean({ description: 'Inactive accounts cannot log in' }),
    hasPassword: Type.Boolean({ description: 'False for accounts that cannot log in yet' }),
    passwordChangedAt: Nullable(DateTime),
    lastLoginAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'UserAccount' },
);

export const UserCreate = Type.Object(
  { email: Email, displayName: DisplayName, role: Role, password: NewPassword },
  { additionalProperties: false, title: 'UserCreate' },
);

export const UserUpdate = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(Role),
    active: Type.Optional(
      Type.Boolean({ description: 'false ends all their sessions; history keeps their name' }),
    ),
    password: Type.Optional({ ...NewPassword, description: 'A new password ends their sessions' }),
  },
  { additionalProperties: false, title: 'UserUpdate' },
);

export const UserListQuery = QueryString({
  ...paginationQuery,
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Part of the name or e-mail' }),
  ),
  role: Type.Optional(Type.Enum(USER_ROLES)),
  active: Type.Optional(Type.Boolean()),
});
