// The three sign-in forms (root, SAM user with its MFA step, AuthKey); each calls onSignIn with a POST /auth request.
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { requiredText, type FormRules } from '../../components/rules-resolver.ts';
import {
  useRulesForm,
  type RegisteredInput,
  type RulesFormOptions,
  type TextValues,
} from '../../components/use-rules-form.ts';
import { Field, describedBy } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { OtpCodeInput } from '../../components/otp-code-input.tsx';
import { isCompleteOtpCode } from '../../components/otp-code.ts';
import { isApiError } from '../../api/api-error.ts';
import type { SignInVariables } from './use-sign-in.ts';
import { MFA_REQUIRED_CODE } from './use-sign-in.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

type SignInMessages = Messages['signIn'];

export interface SignInFormProps {
  /** Starts the sign-in; `onError` lets a form react to a specific answer (the MFA step). */
  onSignIn: (variables: SignInVariables, callbacks?: { onError?: (error: unknown) => void }) => void;
  pending: boolean;
  error: unknown;
  /** What to fill in: from a sign-in link, the session that ended, or the last operator ID used. */
  initial?: { operatorId?: string; userName?: string; email?: string; authKeyId?: string };
}

const present = (message: string) => (value: string | undefined) =>
  (value ?? '') === '' ? message : undefined;

/**
 * What the three forms set up alike: an id base, the texts, the rules built from them and the form state.
 * `field(name)` gives an input's registration and its error, for <SignInInput>.
 */
function useSignInForm<T extends TextValues<T>>(
  rulesFor: (m: SignInMessages) => FormRules<T>,
  options: RulesFormOptions<T>,
) {
  const id = useId();
  const m = useMessages().signIn;
  const rules = useMemo(() => rulesFor(m), [rulesFor, m]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useRulesForm(rules, options);
  const field = (name: keyof T & string) => ({ registered: register(name), error: errors[name]?.message });
  return { id, m, handleSubmit, field };
}

type InputAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete' | 'spellCheck' | 'className' | 'inputMode' | 'maxLength'
>;

/** A text input with its label, hint and error, wired for screen readers (components/field.tsx). */
function SignInInput({
  id,
  label,
  hint,
  error,
  registered,
  ...attributes
}: InputAttributes & {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  registered: RegisteredInput;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        {...attributes}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, { hint: hint !== undefined, error: error !== undefined })}
        {...registered}
      />
    </Field>
  );
}

/** The frame of the root, SAM user and AuthKey forms: their fields, then the refusal and the submit button. */
function SignInFormFrame({
  label,
  onSubmit,
  pending,
  error,
  children,
}: {
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  error: unknown;
  children: ReactNode;
}) {
  const m = useMessages().signIn;
  return (
    <form className="form" noValidate aria-label={label} onSubmit={onSubmit}>
      {children}
      <FormError error={error} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </button>
    </form>
  );
}

// Rules are built from the catalogue, so their messages speak the chosen language.
interface RootValues {
  email: string;
  password: string;
}
const rootRules = (m: SignInMessages): FormRules<RootValues> => ({
  email: requiredText(m.required.email),
  password: present(m.required.password),
});
const normaliseRoot = (values: RootValues): RootValues => ({ ...values, email: values.email.trim() });

export function RootSignInForm({ onSignIn, pending, error, initial }: SignInFormProps) {
  const { id, m, handleSubmit, field } = useSignInForm(rootRules, {
    defaultValues: { email: initial?.email ?? '', password: '' },
    normalise: normaliseRoot,
  });
  return (
    <SignInFormFrame
      label={m.rootForm}
      pending={pending}
      error={error}
      onSubmit={handleSubmit((values) =>
        onSignIn({
          method: 'root',
          identity: values.email,
          request: { email: values.email, password: values.password },
        }),
      )}
    >
      <SignInInput
        id={`${id}-email`}
        label={m.email}
        type="email"
        autoComplete="username"
        {...field('email')}
      />
      <SignInInput
        id={`${id}-password`}
        label={m.password}
        type="password"
        autoComplete="current-password"
        {...field('password')}
      />
    </SignInFormFrame>
  );
}

// Authenticator apps often show or copy the code as "123 456": spaces are dropped rather than refused.
const withoutSpaces = (code: string | undefined) => (code ?? '').replace(/\s/g, '');

interface UserValues {
  operatorId: string;
  userName: string;
  password: string;
  code?: string;
}
type ParsedUserValues = UserValues;
const userRules = (m: SignInMessages): FormRules<UserValues> => ({
  operatorId: requiredText(m.required.operatorId),
  userName: requiredText(m.required.userName),
  password: present(m.required.password),
  // Offered after a refusal whose reason the upstream does not say: optional, but a whole code when given.
  code: (value) => (/^(\d{6})?$/.test(withoutSpaces(value)) ? undefined : m.required.mfaCode),
});
const normaliseUser = (values: UserValues): UserValues => ({
  ...values,
  operatorId: values.operatorId.trim(),
  userName: values.userName.trim(),
  ...(values.code === undefined ? {} : { code: withoutSpaces(values.code) }),
});

/**
 * Whether a refused SAM-user sign-in might have wanted an MFA code. Soracom documents no code for
 * "MFA code needed" (only the local API answers MFA_REQUIRED_CODE), so any refusal of the request
 * itself counts; a network failure, a 5xx or a throttled attempt (429) says nothing about MFA.
 */
export function mayNeedMfaCode(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function SamUserSignInForm({ onSignIn, pending, error, initial }: SignInFormProps) {
  // Kept in memory only for the MFA step, so the user does not type the password twice.
  const [mfaFor, setMfaFor] = useState<ParsedUserValues | null>(null);
  // After a refusal that did not say why, the same form also offers the code field.
  const [offerCode, setOfferCode] = useState(false);
  const { id, m, handleSubmit, field } = useSignInForm(userRules, {
    normalise: normaliseUser,
    defaultValues: {
      operatorId: initial?.operatorId ?? '',
      userName: initial?.userName ?? '',
      password: '',
    },
  });

  /** `onRefused`: the code step empties its field for the next code. */
  const submit = (values: ParsedUserValues, mfaOTPCode?: string, onRefused?: () => void) => {
    onSignIn(
      {
        method: 'user',
        identity: values.userName,
        request: {
          operatorId: values.operatorId,
          userName: values.userName,
          password: values.password,
          ...(mfaOTPCode ? { mfaOTPCode } : {}),
        },
      },
      {
        onError: (failure) => {
          if (isApiError(failure) && failure.code === MFA_REQUIRED_CODE) setMfaFor(values);
          else if (!mfaOTPCode && mayNeedMfaCode(failure)) setOfferCode(true);
          onRefused?.();
        },
      },
    );
  };

  if (mfaFor) {
    return (
      <MfaCodeStep
        credentials={mfaFor}
        pending={pending}
        error={isApiError(error) && error.code === MFA_REQUIRED_CODE ? null : error}
        onBack={() => setMfaFor(null)}
        onSubmit={(code, onRefused) => submit(mfaFor, code, onRefused)}
      />
    );
  }
  return (
    <SignInFormFrame
      label={m.userForm}
      pending={pending}
      error={error}
      onSubmit={handleSubmit((values) => submit(values, values.code || undefined))}
    >
      <SignInInput
        id={`${id}-operator`}
        label={m.operatorId}
        hint={m.operatorIdHint}
        autoComplete="organization"
        spellCheck={false}
        {...field('operatorId')}
      />
      <SignInInput
        id={`${id}-user`}
        label={m.userName}
        autoComplete="username"
        spellCheck={false}
        {...field('userName')}
      />
      <SignInInput
        id={`${id}-password`}
        label={m.password}
        type="password"
        autoComplete="current-password"
        {...field('password')}
      />
      {offerCode ? (
        <SignInInput
          id={`${id}-code`}
          label={m.optionalMfaCode}
          hint={m.optionalMfaCodeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className="mono"
          {...field('code')}
        />
      ) : null}
    </SignInFormFrame>
  );
}

/**
 * The code step: it submits itself once six digits are in (typed, pasted or filled in by the browser), as the MFA
 * set-up does; the button is there for whoever looks for one. A refused code empties the field and keeps it focused.
 * A second submit while one is on its way is ignored here (pending) and by the page (a ref, before any render).
 */
function MfaCodeStep({
  credentials,
  pending,
  error,
  onBack,
  onSubmit,
}: {
  credentials: ParsedUserValues;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onSubmit: (code: string, onRefused: () => void) => void;
}) {
  const id = useId();
  const m = useMessages().signIn;
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => codeRef.current?.focus(), []);

  const send = (candidate: string) => {
    if (pending) return;
    if (!isCompleteOtpCode(candidate)) {
      setProblem(m.required.mfaCode);
      codeRef.current?.focus();
      return;
    }
    setProblem(null);
    onSubmit(candidate, () => {
      setCode('');
      // The field was read-only while checking; give focus back once React has re-enabled it.
      requestAnimationFrame(() => codeRef.current?.focus());
    });
  };

  return (
    <form
      className="form"
      noValidate
      aria-label={m.mfaForm}
      onSubmit={(event) => {
        event.preventDefault();
        send(code);
      }}
    >
      <p>{m.mfaIntro({ userName: credentials.userName })}</p>
      <Field id={`${id}-code`} label={m.mfaCode} error={problem ?? undefined} hint={m.mfaCodeHint}>
        <OtpCodeInput
          id={`${id}-code`}
          inputRef={codeRef}
          value={code}
          onChange={(next) => {
            setCode(next);
            if (problem) setProblem(null);
          }}
          onComplete={send}
          busy={pending}
          invalid={problem !== null || Boolean(error)}
          describedBy={describedBy(`${id}-code`, { hint: true, error: problem !== null })}
        />
      </Field>
      <FormError error={error} />
      <div className="form__actions">
        <button type="button" className="button" onClick={onBack} disabled={pending}>
          {m.back}
        </button>
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
          {pending ? m.verifying : m.verify}
        </button>
      </div>
    </form>
  );
}

interface AuthKeyValues {
  authKeyId: string;
  authKey: string;
}
const authKeyRules = (m: SignInMessages): FormRules<AuthKeyValues> => ({
  authKeyId: requiredText(m.required.authKeyId),
  authKey: requiredText(m.required.authKeySecret),
});
const normaliseAuthKey = (values: AuthKeyValues): AuthKeyValues => ({
  authKeyId: values.authKeyId.trim(),
  authKey: values.authKey.trim(),
});

export function AuthKeySignInForm({ onSignIn, pending, error, initial }: SignInFormProps) {
  const { id, m, handleSubmit, field } = useSignInForm(authKeyRules, {
    defaultValues: { authKeyId: initial?.authKeyId ?? '', authKey: '' },
    normalise: normaliseAuthKey,
  });
  return (
    <SignInFormFrame
      label={m.authKeyForm}
      pending={pending}
      error={error}
      onSubmit={handleSubmit((values) =>
        onSignIn({
          method: 'authKey',
          identity: values.authKeyId,
          request: { authKeyId: values.authKeyId, authKey: values.authKey },
        }),
      )}
    >
      <SignInInput
        id={`${id}-key-id`}
        label={m.authKeyId}
        hint={m.authKeyIdHint}
        autoComplete="username"
        spellCheck={false}
        className="mono"
        {...field('authKeyId')}
      />
      <SignInInput
        id={`${id}-secret`}
        label={m.authKeySecret}
        hint={m.authKeySecretHint}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        className="mono"
        {...field('authKey')}
      />
    </SignInFormFrame>
  );
}
