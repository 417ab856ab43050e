import { Type } from 'typebox';
import { USER_ROLES } from '../../db/schema/users.js';
import { PASSWORD_MAX_LENGTH } from './passwords.js';

export const Email = Type.String({ format: 'email', maxLength: 254 });
/** Length rules beyond the bounds are checked by passwordWeakness(), with a clear message. */
export const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH });

export const StaffUser = Type.Object(
  {
    id: Type.Integer(),
    email: Type.String(),
    displayName: Type.String(),
    role: Type.Enum(USER_ROLES),
  },
  { title: 'StaffUser' },
);

export const StaffSession = Type.Object(
  {
    user: StaffUser,
    csrfToken: Type.String({
      description: 'Send it back in the x-csrf-token header on every POST, PATCH and DELETE',
    }),
  },
  { title: 'StaffSession' },
);

export const LoginBody = Type.Object(
  { email: Email, password: Password },
  { additionalProperties: false, title: 'LoginRequest' },
);

export const PasswordChangeBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false, title: 'PasswordChangeRequest' },
);

export const ResetRequestBody = Type.Object(
  { email: Email },
  { additionalProperties: false, title: 'PasswordResetRequest' },
);

export const ResetBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false, title: 'PasswordReset' },
);
