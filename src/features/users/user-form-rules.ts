// Form rules for users and passwords, built on the server's own rules (src/lib/sam-rules.ts), and server errors mapped to fields.
import { DESCRIPTION_MAX, PASSWORD_MAX, PASSWORD_MIN, USER_NAME_PATTERN } from '../../lib/sam-rules.ts';
import { isApiError } from '../../api/api-error.ts';
import { rulesResolver, type FormRules } from '../../components/rules-resolver.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

// The server's limits with the console's words for them, in the chosen language: each resolver is built from the
// catalogue's rules (components build them with useMemo, so a language switch rebuilds them).
type Rules = Messages['users']['rules'];

const checkDescription = (rules: Rules) => (value: string | undefined) =>
  (value ?? '').length > DESCRIPTION_MAX ? rules.description : undefined;

const checkNewPassword = (rules: Rules) => (value: string | undefined) => {
  const length = (value ?? '').length;
  if (length < PASSWORD_MIN) return rules.password;
  if (length > PASSWORD_MAX) return rules.passwordTooLong;
  return undefined;
};

export interface CreateUserValues {
  userName: string;
  description: string;
}
export const createUserResolver = (rules: Rules) =>
  rulesResolver<CreateUserValues>({
    userName: (value) => (USER_NAME_PATTERN.test(value ?? '') ? undefined : rules.userName),
    description: checkDescription(rules),
  });

export interface DescriptionValues {
  description: string;
}
export const descriptionResolver = (rules: Rules) =>
  rulesResolver<DescriptionValues>({ description: checkDescription(rules) });

/** How a new password is chosen: typed (twice) by the admin, or generated in the browser and shown once. */
export type PasswordSource = 'type' | 'generate';

export interface SetPasswordValues {
  /** Typed when absent. */
  how?: PasswordSource;
  password: string;
  confirm: string;
}
/** The typed password is checked; a generated one is made to the rule (generate-password.ts). */
export const setPasswordRules = (rules: Rules): FormRules<SetPasswordValues> => ({
  password: (value, values) => (values.how === 'generate' ? undefined : checkNewPassword(rules)(value)),
  confirm: (value, values) =>
    values.how === 'generate' || value === values.password ? undefined : rules.passwordsDiffer,
});
export const setPasswordResolver = (rules: Rules) =>
  rulesResolver<SetPasswordValues>(setPasswordRules(rules));

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
export const changePasswordResolver = (rules: Rules) =>
  rulesResolver<ChangePasswordValues>({
    currentPassword: (value) => ((value ?? '') === '' ? rules.currentPassword : undefined),
    newPassword: checkNewPassword(rules),
    confirm: (value, values) => (value === values.newPassword ? undefined : rules.passwordsDiffer),
  });

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
