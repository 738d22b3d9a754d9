// Form schemas for users and passwords, built on the server's own rules (src/lib/sam-rules.ts), and server errors mapped to fields.
import { z } from 'zod';
import {
  DESCRIPTION_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PASSWORD_RULE,
  USER_NAME_PATTERN,
  USER_NAME_RULE,
} from '../../lib/sam-rules.ts';
import { isApiError } from '../../api/api-error.ts';

const descriptionRule = `A description has at most ${DESCRIPTION_MAX} characters.`;

export const createUserSchema = z.object({
  userName: z.string().regex(USER_NAME_PATTERN, USER_NAME_RULE),
  description: z.string().max(DESCRIPTION_MAX, descriptionRule),
});
export type CreateUserValues = z.infer<typeof createUserSchema>;

export const descriptionSchema = z.object({ description: z.string().max(DESCRIPTION_MAX, descriptionRule) });
export type DescriptionValues = z.infer<typeof descriptionSchema>;

const newPassword = z
  .string()
  .min(PASSWORD_MIN, PASSWORD_RULE)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`);

export const setPasswordSchema = z
  .object({ password: newPassword, confirm: z.string() })
  .refine((values) => values.password === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords differ.',
  });
export type SetPasswordValues = z.infer<typeof setPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter the current password.'),
    newPassword,
    confirm: z.string(),
  })
  .refine((values) => values.newPassword === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords differ.',
  });
export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;

/** A field error's message without its leading "field: ", since it is shown under that field. */
export function messageForField(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stripped = message.replace(/^[A-Za-z_.]+:\s*/, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/**
 * Which form field a server 4xx is about. Messages of field errors start with the field's name
 * ("description: ..."); some codes concern one field without naming it. `fields` maps the
 * server's names to the form's.
 */
export function fieldOfServerError<F extends string>(
  error: unknown,
  fields: Record<string, F>,
  byCode: Record<string, F> = {},
): F | null {
  if (!isApiError(error) || error.status < 400 || error.status >= 500 || error.status === 403) return null;
  const fromCode = byCode[error.code];
  if (fromCode) return fromCode;
  const match = /^([A-Za-z_.]+):/.exec(error.message);
  const named = match?.[1];
  if (named === undefined) return null;
  const plain = named.replace(/^body\./, '');
  return fields[plain] ?? null;
}
