import { Type } from 'typebox';
import { DateTime, Nullable, QueryString, paginationQuery } from '../../shared/schemas.js';
import { StaffRef } from '../staff/schemas.js';

export const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    at: DateTime,
    action: Type.String({
      description: 'e.g. create, update, publish, delete, user_created, password_set, login_failed',
    }),
    entityType: Nullable(Type.String({ description: 'article, place, user, settings, …' })),
    entityId: Nullable(Type.Integer()),
    detail: Type.Record(Type.String(), Type.Unknown(), {
      description: 'What changed (field names, versions); never passwords',
    }),
    ip: Nullable(Type.String()),
    user: Nullable(StaffRef),
  },
  { title: 'AuditEntry' },
);

export const AuditListQuery = QueryString({
  ...paginationQuery,
  userId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  entityType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  entityId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
});
