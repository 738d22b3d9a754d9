// The simulator beside the editor: pick an operation and its context, see allow or deny for the unsaved draft and which statement decided.
import { useProblemWording } from '../../i18n/problem-wording.ts';
import { useId, useMemo, useState } from 'react';
import {
  ALWAYS_ALLOWED_APIS,
  evaluateCall,
  type ApiCatalogue,
  type DecidingStatement,
  type PermissionSourceKind,
  type PermissionSources,
} from '../../permissions/index.ts';
import {
  buildSimulatedCall,
  HTTP_METHODS,
  prefillPathVariables,
  toUtcInputValue,
  type SimulatorValues,
} from './simulator-context.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { diagnosticMessage } from './editor-diagnostics.ts';

export interface PermissionSimulatorProps {
  catalogue: ApiCatalogue;
  /** The draft and the documents it is combined with. */
  sources: PermissionSources;
  /** Which source the editor holds, so its statements can be shown there. */
  editedSource: PermissionSourceKind;
  /** The IDs of `sources.roles`, in order, so a deciding role statement names its role. */
  roleNames?: readonly string[];
  /** The user being edited (prefills user_name and samUserName); absent on the defaults page. */
  userName?: string;
  operatorId?: string;
  /** Shows the deciding statement in the editor. */
  onReveal: (statement: DecidingStatement) => void;
}

export function PermissionSimulator({
  catalogue,
  sources,
  editedSource,
  roleNames = [],
  userName,
  operatorId,
  onReveal,
}: PermissionSimulatorProps) {
  const id = useId();
  const messages = useMessages();
  const wording = useProblemWording();
  const m = messages.permissions.simulator;
  const r = messages.roles.workspace;
  const initialApi = userName !== undefined ? 'User:getUser' : 'User:listUsers';
  const [values, setValues] = useState<SimulatorValues>(() => ({
    api: initialApi,
    method: catalogue.get(initialApi)?.method ?? 'GET',
    pathVariables: prefillPathVariables(catalogue.pathVariables(initialApi), {}, { userName, operatorId }),
    clientIp: '',
    time: toUtcInputValue(new Date()),
    samUserName: userName ?? '',
  }));
  const [now] = useState(() => new Date());

  // `m` in the dependencies: the problems it words are re-read after a language switch.
  const simulated = useMemo(
    () => buildSimulatedCall(values, catalogue, now),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, catalogue, now, m],
  );
  const decision = useMemo(
    () => (simulated.call.api === '' ? null : evaluateCall(sources, simulated.call)),
    [sources, simulated],
  );

  function chooseOperation(api: string) {
    setValues((previous) => {
      const operation = catalogue.get(api.trim());
      return {
        ...previous,
        api,
        method: operation?.method ?? previous.method,
        pathVariables: prefillPathVariables(catalogue.pathVariables(api.trim()), previous.pathVariables, {
          userName,
          operatorId,
        }),
      };
    });
  }

  const field = (name: string) => `${id}-${name}`;
  // The server lets these through before looking at any permission: say so rather than show the engine's deny.
  const alwaysAllowed = ALWAYS_ALLOWED_APIS.includes(simulated.call.api);
  const decided = alwaysAllowed ? null : (decision?.decidedBy ?? null);
  const inEditor = decided !== null && decided.source === editedSource;

  return (
    <section className="panel simulator" aria-labelledby={field('title')}>
      <h2 id={field('title')}>{m.title}</h2>
      <p className="simulator__intro">
        {editedSource === 'user'
          ? roleNames.length > 0
            ? r.simulatorIntroRoles
            : m.introUser
          : editedSource === 'role'
            ? r.simulatorIntroRole
            : m.introDefault}
      </p>
      <form className="simulator__form" onSubmit={(event) => event.preventDefault()} aria-label={m.form}>
        <div className="field">
          <label htmlFor={field('api')}>{m.operation}</label>
          <input
            id={field('api')}
            list={field('operations')}
            value={values.api}
            onChange={(event) => chooseOperation(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={simulated.problems.api ? field('api-problem') : undefined}
          />
          <datalist id={field('operations')}>
            {catalogue.operations.map((operation) => (
              <option
                key={operation.api}
                value={operation.api}
              >{`${operation.method} ${operation.path}`}</option>
            ))}
          </datalist>
          {simulated.problems.api ? (
            <p id={field('api-problem')} className="field__hint">
              {simulated.problems.api}
            </p>
          ) : null}
        </div>

        {simulated.variables.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={field(`path-${name}`)}>
              {m.pathVariable}
              <code>{name}</code>
            </label>
            <input
              id={field(`path-${name}`)}
              value={values.pathVariables[name] ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                setValues((previous) => ({
                  ...previous,
                  pathVariables: { ...previous.pathVariables, [name]: value },
                }));
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        ))}

        <div className="field">
          <label htmlFor={field('method')}>{m.method}</label>
          <select
            id={field('method')}
            value={values.method}
            onChange={(event) => setValues((previous) => ({ ...previous, method: event.target.value }))}
          >
            {HTTP_METHODS.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </select>
        </div>

        <div className={simulated.problems.clientIp ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('ip')}>{m.ip}</label>
          <input
            id={field('ip')}
            value={values.clientIp}
            onChange={(event) => setValues((previous) => ({ ...previous, clientIp: event.target.value }))}
            inputMode="decimal"
            autoComplete="off"
            placeholder={EXAMPLE_IP}
            aria-describedby={field('ip-hint')}
            aria-invalid={simulated.problems.clientIp ? true : undefined}
          />
          <p id={field('ip-hint')} className={simulated.problems.clientIp ? 'field__error' : 'field__hint'}>
            {simulated.problems.clientIp ?? m.ipHint}
          </p>
        </div>

        <div className={simulated.problems.time ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('time')}>{m.time}</label>
          <input
            id={field('time')}
            type="datetime-local"
            value={values.time}
            onChange={(event) => setValues((previous) => ({ ...previous, time: event.target.value }))}
            aria-describedby={simulated.problems.time ? field('time-problem') : undefined}
          />
          {simulated.problems.time ? (
            <p id={field('time-problem')} className="field__error">
              {simulated.problems.time}
            </p>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={field('user')}>{m.samUserName}</label>
          <input
            id={field('user')}
            value={values.samUserName}
            onChange={(event) => setValues((previous) => ({ ...previous, samUserName: event.target.value }))}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </form>

      <div className="simulator__result" role="status" aria-label={m.result}>
        {decision === null ? (
          <p>{m.choose}</p>
        ) : alwaysAllowed ? (
          <>
            <p className="simulator__verdict">
              <span className="badge badge--ok">{m.allowed}</span> <code>{simulated.call.api}</code>
            </p>
            <p className="simulator__reason">{m.alwaysAllowed}</p>
          </>
        ) : (
          <>
            <p className="simulator__verdict">
              <span className={decision.allowed ? 'badge badge--ok' : 'badge badge--denied'}>
                {decision.allowed ? m.allowed : m.denied}
              </span>{' '}
              <code>{simulated.call.api}</code>
            </p>
            <p className="simulator__reason">
              {decided
                ? decided.source === 'role' && roleNames[decided.documentIndex] !== undefined
                  ? r.decidedByRole({
                      allowed: decided.effect === 'allow',
                      roleId: roleNames[decided.documentIndex] ?? '',
                      draft: decided.source === editedSource,
                      statement: decided.statementIndex + 1,
                      pattern: decided.pattern,
                    })
                  : m.decided({
                      allowed: decided.effect === 'allow',
                      source: decided.source,
                      draft: decided.source === editedSource,
                      statement: decided.statementIndex + 1,
                      pattern: decided.pattern,
                    })
                : m.implicitDeny}
            </p>
            {decision.skipped.map((skipped) => (
              <p key={`${skipped.source}-${skipped.documentIndex}`} className="simulator__skipped">
                {skipped.source === 'role' &&
                skipped.source !== editedSource &&
                roleNames[skipped.documentIndex] !== undefined
                  ? r.skippedRole({
                      roleId: roleNames[skipped.documentIndex] ?? '',
                      error: diagnosticMessage(skipped.error, wording),
                    })
                  : m.skipped({
                      source: skipped.source,
                      draft: skipped.source === editedSource,
                      error: diagnosticMessage(skipped.error, wording),
                    })}
              </p>
            ))}
          </>
        )}
      </div>
      {inEditor && decided ? (
        <button type="button" className="button button--small" onClick={() => onReveal(decided)}>
          {m.show({ statement: decided.statementIndex + 1 })}
        </button>
      ) : null}
    </section>
  );
}

// An address from the documentation range (RFC 5737), the same in every language.
const EXAMPLE_IP = '203.0.113.7';
