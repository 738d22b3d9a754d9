// Form rules for users and passwords, built on the server's own rules (src/lib/sam-rules.ts), and server errors mapped to fields.
import { DESCRIPTION_TEXT_RULE, PASSWORD_TEXT_RULE, USER_NAME_TEXT_RULE } from '../../lib/text-rules.ts';
import { isApiError } from '../../api/api-error.ts';
import { rulesResolver, type FormRules } from '../../components/rules-resolver.ts';
import { textRule } from '../../components/text-rule.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

// The server's limits with the console's words for them, in the chosen language: each resolver is built from the
// catalogue (components build them with useMemo, so a language switch rebuilds them). A broken rule is named with
// what was typed: "'/' is not allowed", "Too long: 101 of 100 characters."
type Wording = Pick<Messages, 'users' | 'forms'>;

const checkDescription = (m: Wording) => textRule(DESCRIPTION_TEXT_RULE, m.forms.rules);

const checkNewPassword = (m: Wording) => textRule(PASSWORD_TEXT_RULE, m.forms.rules);

export interface CreateUserValues {
  userName: string;
  description: string;
}
export const createUserResolver = (m: Wording) =>
  rulesResolver<CreateUserValues>({
    userName: textRule(USER_NAME_TEXT_RULE, m.forms.rules, {
      required: m.users.rules.userNameRequired,
      allowed: m.forms.rules.nameCharacters,
    }),
    description: checkDescription(m),
  });

export interface DescriptionValues {
  description: string;
}
export const descriptionResolver = (m: Wording) =>
  rulesResolver<DescriptionValues>({ description: checkDescription(m) });

/** How a new password is chosen: typed (twice) by the admin, or generated in the browser and shown once. */
export type PasswordSource = 'type' | 'generate';

export interface SetPasswordValues {
  /** Typed when absent. */
  how?: PasswordSource;
  password: string;
  confirm: string;
}
/** The typed password is checked; a generated one is made to the rule (generate-password.ts). */
export const setPasswordRules = (m: Wording): FormRules<SetPasswordValues> => ({
  password: (value, values) => (values.how === 'generate' ? undefined : checkNewPassword(m)(value)),
  confirm: (value, values) =>
    values.how === 'generate' || value === values.password ? undefined : m.users.rules.passwordsDiffer,
});
export const setPasswordResolver = (m: Wording) => rulesResolver<SetPasswordValues>(setPasswordRules(m));

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
export const changePasswordResolver = (m: Wording) =>
  rulesResolver<ChangePasswordValues>({
    currentPassword: (value) => ((value ?? '') === '' ? m.users.rules.currentPassword : undefined),
    newPassword: checkNewPassword(m),
    confirm: (value, values) => (value === values.newPassword ? undefined : m.users.rules.passwordsDiffer),
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
