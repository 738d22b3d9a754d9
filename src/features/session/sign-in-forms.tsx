// The three sign-in forms (root, SAM user with its MFA step, AuthKey); each calls onSignIn with a POST /auth request.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { requiredText, type FormRules } from '../../components/rules-resolver.ts';
import { useRulesForm } from '../../components/use-rules-form.ts';
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
  const id = useId();
  const m = useMessages().signIn;
  const rules = useMemo(() => rootRules(m), [m]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useRulesForm(rules, {
    defaultValues: { email: initial?.email ?? '', password: '' },
    normalise: normaliseRoot,
  });
  return (
    <form
      className="form"
      noValidate
      aria-label={m.rootForm}
      onSubmit={handleSubmit((values) =>
        onSignIn({
          method: 'root',
          identity: values.email,
          request: { email: values.email, password: values.password },
        }),
      )}
    >
      <Field id={`${id}-email`} label={m.email} error={errors.email?.message}>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(`${id}-email`, { error: !!errors.email })}
          {...register('email')}
        />
      </Field>
      <Field id={`${id}-password`} label={m.password} error={errors.password?.message}>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy(`${id}-password`, { error: !!errors.password })}
          {...register('password')}
        />
      </Field>
      <FormError error={error} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </button>
    </form>
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
const normaliseUser = (values: UserValues): UserValues =>
  values.code === undefined ? values : { ...values, code: withoutSpaces(values.code) };

/**
 * Whether a refused SAM-user sign-in might have wanted an MFA code. Soracom documents no code for
 * "MFA code needed" (only the local API answers MFA_REQUIRED_CODE), so any refusal of the request
 * itself counts; a network failure, a 5xx or a throttled attempt (429) says nothing about MFA.
 */
export function mayNeedMfaCode(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function SamUserSignInForm({ onSignIn, pending, error, initial }: SignInFormProps) {
  const id = useId();
  // Kept in memory only for the MFA step, so the user does not type the password twice.
  const [mfaFor, setMfaFor] = useState<ParsedUserValues | null>(null);
  // After a refusal that did not say why, the same form also offers the code field.
  const [offerCode, setOfferCode] = useState(false);
  const m = useMessages().signIn;
  const rules = useMemo(() => userRules(m), [m]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useRulesForm(rules, {
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
        identity: values.userName.trim(),
        request: {
          operatorId: values.operatorId.trim(),
          userName: values.userName.trim(),
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
    <form
      className="form"
      noValidate
      aria-label={m.userForm}
      onSubmit={handleSubmit((values) => submit(values, values.code || undefined))}
    >
      <Field
        id={`${id}-operator`}
        label={m.operatorId}
        error={errors.operatorId?.message}
        hint={m.operatorIdHint}
      >
        <input
          id={`${id}-operator`}
          autoComplete="organization"
          spellCheck={false}
          aria-invalid={errors.operatorId ? true : undefined}
          aria-describedby={describedBy(`${id}-operator`, { hint: true, error: !!errors.operatorId })}
          {...register('operatorId')}
        />
      </Field>
      <Field id={`${id}-user`} label={m.userName} error={errors.userName?.message}>
        <input
          id={`${id}-user`}
          autoComplete="username"
          spellCheck={false}
          aria-invalid={errors.userName ? true : undefined}
          aria-describedby={describedBy(`${id}-user`, { error: !!errors.userName })}
          {...register('userName')}
        />
      </Field>
      <Field id={`${id}-password`} label={m.password} error={errors.password?.message}>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy(`${id}-password`, { error: !!errors.password })}
          {...register('password')}
        />
      </Field>
      {offerCode ? (
        <Field
          id={`${id}-code`}
          label={m.optionalMfaCode}
          error={errors.code?.message}
          hint={m.optionalMfaCodeHint}
        >
          <input
            id={`${id}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            className="mono"
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={describedBy(`${id}-code`, { hint: true, error: !!errors.code })}
            {...register('code')}
          />
        </Field>
      ) : null}
      <FormError error={error} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </button>
    </form>
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
  const id = useId();
  const m = useMessages().signIn;
  const rules = useMemo(() => authKeyRules(m), [m]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useRulesForm(rules, {
    defaultValues: { authKeyId: initial?.authKeyId ?? '', authKey: '' },
    normalise: normaliseAuthKey,
  });
  return (
    <form
      className="form"
      noValidate
      aria-label={m.authKeyForm}
      onSubmit={handleSubmit((values) =>
        onSignIn({
          method: 'authKey',
          identity: values.authKeyId.trim(),
          request: { authKeyId: values.authKeyId.trim(), authKey: values.authKey.trim() },
        }),
      )}
    >
      <Field id={`${id}-key-id`} label={m.authKeyId} error={errors.authKeyId?.message} hint={m.authKeyIdHint}>
        <input
          id={`${id}-key-id`}
          autoComplete="username"
          spellCheck={false}
          className="mono"
          aria-invalid={errors.authKeyId ? true : undefined}
          aria-describedby={describedBy(`${id}-key-id`, { hint: true, error: !!errors.authKeyId })}
          {...register('authKeyId')}
        />
      </Field>
      <Field
        id={`${id}-secret`}
        label={m.authKeySecret}
        error={errors.authKey?.message}
        hint={m.authKeySecretHint}
      >
        <input
          id={`${id}-secret`}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          className="mono"
          aria-invalid={errors.authKey ? true : undefined}
          aria-describedby={describedBy(`${id}-secret`, { hint: true, error: !!errors.authKey })}
          {...register('authKey')}
        />
      </Field>
      <FormError error={error} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? m.submitting : m.submit}
      </button>
    </form>
  );
}
