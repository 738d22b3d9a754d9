// The simulator beside the editor: pick an operation and its context, see allow or deny for the unsaved draft and which statement decided.
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

export interface PermissionSimulatorProps {
  catalogue: ApiCatalogue;
  /** The draft and the documents it is combined with. */
  sources: PermissionSources;
  /** Which source the editor holds, so its statements can be shown there. */
  editedSource: PermissionSourceKind;
  /** The user being edited (prefills user_name and samUserName); absent on the defaults page. */
  userName?: string;
  operatorId?: string;
  /** Shows the deciding statement in the editor. */
  onReveal: (statement: DecidingStatement) => void;
}

const SOURCE_NAMES: Record<PermissionSourceKind, string> = {
  user: 'the user’s permission',
  role: 'a role',
  default: 'the default permissions',
};

export function PermissionSimulator({
  catalogue,
  sources,
  editedSource,
  userName,
  operatorId,
  onReveal,
}: PermissionSimulatorProps) {
  const id = useId();
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

  const simulated = useMemo(() => buildSimulatedCall(values, catalogue, now), [values, catalogue, now]);
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
      <h2 id={field('title')}>Simulator</h2>
      <p className="simulator__intro">
        Tries a call against the draft
        {editedSource === 'user' ? ' together with the default permissions' : ''}, before it is saved.
      </p>
      <form
        className="simulator__form"
        onSubmit={(event) => event.preventDefault()}
        aria-label="Simulated call"
      >
        <div className="field">
          <label htmlFor={field('api')}>Operation</label>
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
              Path variable <code>{name}</code>
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
          <label htmlFor={field('method')}>HTTP method</label>
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
          <label htmlFor={field('ip')}>Client IPv4 address</label>
          <input
            id={field('ip')}
            value={values.clientIp}
            onChange={(event) => setValues((previous) => ({ ...previous, clientIp: event.target.value }))}
            inputMode="decimal"
            autoComplete="off"
            placeholder="203.0.113.7"
            aria-describedby={field('ip-hint')}
            aria-invalid={simulated.problems.clientIp ? true : undefined}
          />
          <p id={field('ip-hint')} className={simulated.problems.clientIp ? 'field__error' : 'field__hint'}>
            {simulated.problems.clientIp ?? 'Empty means unknown: ipAddress() conditions are then false.'}
          </p>
        </div>

        <div className={simulated.problems.time ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('time')}>Time (UTC)</label>
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
          <label htmlFor={field('user')}>SAM user name</label>
          <input
            id={field('user')}
            value={values.samUserName}
            onChange={(event) => setValues((previous) => ({ ...previous, samUserName: event.target.value }))}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </form>

      <div className="simulator__result" role="status" aria-label="Simulation result">
        {decision === null ? (
          <p>Choose an operation to see whether it is allowed.</p>
        ) : alwaysAllowed ? (
          <>
            <p className="simulator__verdict">
              <span className="badge badge--ok">Allowed</span> <code>{simulated.call.api}</code>
            </p>
            <p className="simulator__reason">
              Always allowed, whatever the permissions: a SAM user can always end their own session.
            </p>
          </>
        ) : (
          <>
            <p className="simulator__verdict">
              <span className={decision.allowed ? 'badge badge--ok' : 'badge badge--denied'}>
                {decision.allowed ? 'Allowed' : 'Denied'}
              </span>{' '}
              <code>{simulated.call.api}</code>
            </p>
            <p className="simulator__reason">
              {decided
                ? `${decided.effect === 'allow' ? 'Allowed' : 'Denied'} by ${SOURCE_NAMES[decided.source]}${decided.source === editedSource ? ' (this draft)' : ''}, statement ${decided.statementIndex + 1} (${decided.pattern}).`
                : 'No statement allows it: an implicit deny.'}
            </p>
            {decision.skipped.map((skipped) => (
              <p key={`${skipped.source}-${skipped.documentIndex}`} className="simulator__skipped">
                {skipped.source === editedSource
                  ? 'The draft has errors'
                  : `${capitalize(SOURCE_NAMES[skipped.source])} have errors`}{' '}
                ({skipped.error.message}): its statements are ignored.
              </p>
            ))}
          </>
        )}
      </div>
      {inEditor && decided ? (
        <button type="button" className="button button--small" onClick={() => onReveal(decided)}>
          Show statement {decided.statementIndex + 1} in the editor
        </button>
      ) : null}
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
