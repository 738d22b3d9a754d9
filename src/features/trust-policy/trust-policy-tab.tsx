// A user's Trust policy tab: who may switch to the user, edited as JSON with the engine's checks and SRN completion, an "Add trusted user" form, delete.
import { useProblemWording } from '../../i18n/problem-wording.ts';
import { useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { readSession } from '../../api/index.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { IdentifierField } from '../../components/identifier-field.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { textRule } from '../../components/text-rule.ts';
import { breakOf, USER_NAME_TEXT_RULE, type TextRule } from '../../lib/text-rules.ts';
import './trust-policy.css';
import { analyzeTrustPolicy, formatPermission, principalSrn, wordProblem } from '../../permissions/index.ts';
import { addTrustedPrincipal } from './trusted-principal.ts';
import { trustPolicyOptions, useDeleteTrustPolicy, useSaveTrustPolicy } from './trust-policy-queries.ts';
import { useUserNames } from './use-user-names.ts';
import type { SrnOption } from './srn-completion.ts';
import { TrustPolicyCodeEditor, type TrustPolicyEditorHandle } from './trust-policy-editor.tsx';

export default function TrustPolicyTab({ userName }: { userName: string }) {
  const m = useMessages();
  const policy = useQuery({ ...trustPolicyOptions(userName), meta: { silentErrors: true } });
  if (policy.isPending) return <LoadingState label={m.roles.trust.loading} />;
  if (policy.isError)
    return (
      <ErrorState
        error={policy.error}
        onRetry={() => void policy.refetch()}
        title={m.roles.trust.loadError}
      />
    );
  // key: a delete or a save elsewhere starts the editor from what is stored.
  return <TrustPolicyEditor key={policy.data} userName={userName} stored={policy.data} />;
}

function TrustPolicyEditor({ userName, stored }: { userName: string; stored: string }) {
  const id = useId();
  const m = useMessages();
  const wording = useProblemWording();
  const editorRef = useRef<TrustPolicyEditorHandle>(null);
  const [initialText] = useState(() => (stored === '' ? '' : (formatPermission(stored) ?? stored)));
  const [draft, setDraft] = useState(initialText);
  const [baseline, setBaseline] = useState(initialText);
  const srns = useSrnOptions(userName);
  const [announcement, setAnnouncement] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const save = useSaveTrustPolicy(userName);
  const removal = useDeleteTrustPolicy(userName);
  const analysis = useMemo(() => (draft.trim() === '' ? null : analyzeTrustPolicy(draft)), [draft]);
  const dirty = draft !== baseline;
  const errors = analysis?.diagnostics ?? [];
  const canSave = dirty && analysis !== null && analysis.valid && !save.isPending;

  function reveal(from: number, to: number) {
    editorRef.current?.reveal(from, to);
  }

  return (
    <div className="trust-policy">
      <p className="section-intro">{m.roles.trust.intro({ userName })}</p>
      <p className="notice notice--warning" role="note">
        {m.roles.trust.warning}
      </p>
      {stored === '' ? <p className="muted">{m.roles.trust.none}</p> : null}

      <div className="trust-policy__layout">
        <section className="panel" aria-labelledby={`${id}-editor-title`}>
          <h2 id={`${id}-editor-title`}>{m.roles.trust.editorLabel({ userName })}</h2>
          <p id={`${id}-hint`} className="field__hint">
            {m.roles.trust.editorHint}
          </p>
          <TrustPolicyCodeEditor
            ref={editorRef}
            initialText={initialText}
            label={m.roles.trust.editorLabel({ userName })}
            describedBy={`${id}-hint`}
            onChange={setDraft}
            srns={srns}
          />
          <p role="status" className={errors.length > 0 ? 'badge badge--denied' : 'badge badge--ok'}>
            {errors.length > 0
              ? m.roles.trust.problemCount({ count: errors.length })
              : m.roles.trust.noProblems}
          </p>
          {errors.length > 0 ? (
            <section aria-label={m.roles.trust.problems} className="problems">
              <ul className="problems__list">
                {errors.map((error, index) => (
                  <li key={`${error.from}-${index}`} className="problem problem--error">
                    <button
                      type="button"
                      className="button--link problem__place"
                      onClick={() => reveal(error.from, error.to)}
                    >
                      {m.roles.trust.place({ line: error.line, column: error.column })}
                    </button>{' '}
                    <span className="problem__message">{wordProblem(wording, error.problem)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <FormError error={save.error} />
          <div className="permission-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!canSave}
              onClick={() =>
                save.mutate(draft, {
                  onSuccess: () => {
                    setBaseline(draft);
                    setAnnouncement(m.roles.trust.saved({ userName }));
                  },
                })
              }
            >
              {save.isPending ? m.roles.trust.saving : m.roles.trust.save}
            </button>
            <button
              type="button"
              className="button"
              disabled={!dirty}
              onClick={() => editorRef.current?.replaceText(baseline)}
            >
              {m.roles.trust.revert}
            </button>
            {!dirty ? <span className="muted">{m.roles.trust.unchanged}</span> : null}
            {dirty && !canSave && !save.isPending ? (
              <span className="muted">{m.roles.trust.saveBlocked}</span>
            ) : null}
            {stored !== '' ? (
              <button
                type="button"
                className="button button--danger"
                onClick={() => setConfirmingDelete(true)}
              >
                {m.roles.trust.delete}
              </button>
            ) : null}
          </div>
          <span className="visually-hidden" role="status">
            {announcement}
          </span>
        </section>

        <AddTrustedUserForm
          onAdd={(input) => {
            const outcome = addTrustedPrincipal(draft, input);
            if (outcome.kind === 'added') {
              editorRef.current?.replaceText(outcome.text);
              setAnnouncement(m.roles.trust.added({ srn: outcome.srn }));
            } else if (outcome.kind === 'present') {
              setAnnouncement(m.roles.trust.alreadyThere({ srn: outcome.srn }));
            } else {
              setAnnouncement(m.roles.trust.saveBlocked);
            }
            return outcome.kind;
          }}
          message={announcement}
        />
      </div>

      <ConfirmDialog
        open={confirmingDelete}
        title={m.roles.trust.deleteTitle({ userName })}
        message={
          <>
            <p>{m.roles.trust.deleteBody}</p>
            <FormError error={removal.error} />
          </>
        }
        confirmLabel={m.roles.trust.deleteConfirm}
        pending={removal.isPending}
        onConfirm={() => removal.mutate(undefined, { onSuccess: () => setConfirmingDelete(false) })}
        onCancel={() => {
          removal.reset();
          setConfirmingDelete(false);
        }}
      />
    </div>
  );
}

/** What the editor completes inside `principal.soracom`: this operator's root user and its other SAM users. */
function useSrnOptions(target: string): SrnOption[] {
  const m = useMessages();
  const operatorId = readSession()?.operatorId ?? '';
  const names = useUserNames(operatorId !== '');
  return useMemo(
    () =>
      operatorId === ''
        ? []
        : [
            { srn: principalSrn(operatorId), detail: m.roles.trust.srnRoot },
            ...names
              .filter((name) => name !== target)
              .map((name) => ({ srn: principalSrn(operatorId, name), detail: m.roles.trust.srnUser })),
          ],
    [operatorId, names, target, m],
  );
}

/** An operator ID as a sign-in takes it: 1 to 64 letters and digits. */
const OPERATOR_ID_RULE: TextRule = { min: 1, max: 64, allowed: /[A-Za-z0-9]/ };

function AddTrustedUserForm({
  onAdd,
  message,
}: {
  onAdd: (input: { operatorId: string; userName?: string; condition?: string }) => string;
  message: string;
}) {
  const id = useId();
  const m = useMessages();
  const ownOperator = readSession()?.operatorId ?? '';
  const [operatorId, setOperatorId] = useState(ownOperator);
  const [kind, setKind] = useState<'user' | 'root'>('user');
  const [userName, setUserName] = useState('');
  const [condition, setCondition] = useState('');
  // The field whose value breaks its rule, with the rule's words; shown under that field, which gets the focus.
  const [problem, setProblem] = useState<{ field: 'operator' | 'user'; message: string } | null>(null);
  const operatorRef = useRef<HTMLInputElement>(null);
  const userRef = useRef<HTMLInputElement>(null);
  const names = useUserNames(operatorId === ownOperator);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.roles.trust.addTitle}</h2>
      <p className="field__hint">{m.roles.trust.addHint}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const operatorProblem = textRule(OPERATOR_ID_RULE, m.forms.rules, {
            required: m.roles.trust.addOperatorRequired,
            allowed: m.forms.rules.operatorIdCharacters,
          })(operatorId.trim());
          if (operatorProblem) {
            setProblem({ field: 'operator', message: operatorProblem });
            operatorRef.current?.focus();
            return;
          }
          const userProblem =
            kind === 'user'
              ? textRule(USER_NAME_TEXT_RULE, m.forms.rules, {
                  required: m.roles.trust.addUserRequired,
                  allowed: m.forms.rules.nameCharacters,
                })(userName.trim())
              : undefined;
          if (userProblem) {
            setProblem({ field: 'user', message: userProblem });
            userRef.current?.focus();
            return;
          }
          setProblem(null);
          const outcome = onAdd({
            operatorId: operatorId.trim(),
            ...(kind === 'user' ? { userName: userName.trim() } : {}),
            ...(condition.trim() ? { condition } : {}),
          });
          if (outcome === 'added') {
            setUserName('');
            setCondition('');
          }
        }}
      >
        <IdentifierField
          ref={operatorRef}
          id={`${id}-operator`}
          label={m.roles.trust.addOperator}
          value={operatorId}
          onChange={setOperatorId}
          error={problem?.field === 'operator' ? problem.message : undefined}
        />
        <fieldset className="field">
          <legend>{m.roles.trust.addKind}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === 'user'}
              onChange={() => setKind('user')}
            />
            {m.roles.trust.addSamUser}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === 'root'}
              onChange={() => setKind('root')}
            />
            {m.roles.trust.addRoot}
          </label>
        </fieldset>
        {kind === 'user' ? (
          <IdentifierField
            ref={userRef}
            id={`${id}-user`}
            label={m.roles.trust.addUserName}
            value={userName}
            onChange={setUserName}
            error={problem?.field === 'user' ? problem.message : undefined}
            suggestions={names}
          />
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-condition`}>{m.roles.trust.addCondition}</label>
          <input
            id={`${id}-condition`}
            autoComplete="off"
            spellCheck={false}
            value={condition}
            onChange={(event) => setCondition(event.target.value)}
            aria-describedby={`${id}-condition-hint`}
          />
          <p id={`${id}-condition-hint`} className="field__hint">
            {m.roles.trust.addConditionHint}
          </p>
        </div>
        <p className="field__hint mono" aria-label={m.roles.trust.srnSuggestions}>
          {breakOf(operatorId.trim(), OPERATOR_ID_RULE) === undefined
            ? principalSrn(operatorId.trim(), kind === 'user' ? userName.trim() || '…' : undefined)
            : null}
        </p>
        {message ? <p className="muted">{message}</p> : null}
        <div className="form__actions">
          <button type="submit" className="button">
            {m.roles.trust.addSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}
