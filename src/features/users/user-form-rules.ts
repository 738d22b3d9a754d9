// Form schemas for users and passwords, built on the server's own rules (src/lib/sam-rules.ts), and server errors mapped to fields.
import { z } from 'zod';
import { DESCRIPTION_MAX, PASSWORD_MAX, PASSWORD_MIN, USER_NAME_PATTERN } from '../../lib/sam-rules.ts';
import { isApiError } from '../../api/api-error.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

// The server's limits with the console's words for them, in the chosen language: each schema is built from the
// catalogue's rules (components build them with useMemo, so a language switch rebuilds them).
type Rules = Messages['users']['rules'];

export const createUserSchema = (rules: Rules) =>
  z.object({
    userName: z.string().regex(USER_NAME_PATTERN, rules.userName),
    description: z.string().max(DESCRIPTION_MAX, rules.description),
  });
export type CreateUserValues = z.infer<ReturnType<typeof createUserSchema>>;

export const descriptionSchema = (rules: Rules) =>
  z.object({ description: z.string().max(DESCRIPTION_MAX, rules.description) });
export type DescriptionValues = z.infer<ReturnType<typeof descriptionSchema>>;

const newPassword = (rules: Rules) =>
  z.string().min(PASSWORD_MIN, rules.password).max(PASSWORD_MAX, rules.passwordTooLong);

export const setPasswordSchema = (rules: Rules) =>
  z
    .object({ password: newPassword(rules), confirm: z.string() })
    .refine((values) => values.password === values.confirm, {
      path: ['confirm'],
      message: rules.passwordsDiffer,
    });
export type SetPasswordValues = z.infer<ReturnType<typeof setPasswordSchema>>;

export const changePasswordSchema = (rules: Rules) =>
  z
    .object({
      currentPassword: z.string().min(1, rules.currentPassword),
      newPassword: newPassword(rules),
      confirm: z.string(),
    })
    .refine((values) => values.newPassword === values.confirm, {
      path: ['confirm'],
      message: rules.passwordsDiffer,
    });
export type ChangePasswordValues = z.infer<ReturnType<typeof changePasswordSchema>>;

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
