// "Next steps" on a just-created user's page: a console password, a permission template, an AuthKey; each a link to
// its tab, offered only when the principal may do it, marked done from the user as read; dismissable.
import { useEffect, useId, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../api/use-session.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { paths, type UserTab } from '../../lib/paths.ts';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { userDetailOptions } from '../../queries/user-queries.ts';
import {
  dismissNextSteps,
  nextStepsOffered,
  offerNextSteps,
  subscribeNextSteps,
} from './next-steps-store.ts';
import './next-steps.css';

/** The history state the user list leaves with after creating a user: its page then offers the next steps. */
export interface CreatedUserState {
  createdUser: string;
}

function isCreatedUserState(state: unknown): state is CreatedUserState {
  return typeof state === 'object' && state !== null && 'createdUser' in state;
}

export function NextStepsPanel({ userName }: { userName: string }) {
  const operatorId = useSession()?.operatorId ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const justCreated = isCreatedUserState(location.state) && location.state.createdUser === userName;
  const remembered = useSyncExternalStore(
    subscribeNextSteps,
    () => nextStepsOffered(operatorId, userName),
    () => false,
  );
  // Kept for the tab (the tabs' links and a reload leave the history state behind), and the state dropped, so
  // that Back or a reload after "Dismiss" does not bring the panel back.
  useEffect(() => {
    if (!justCreated || operatorId === '') return;
    offerNextSteps(operatorId, userName);
    void navigate(location, { replace: true, state: null });
  }, [justCreated, operatorId, userName, navigate, location]);
  if (!remembered && !justCreated) return null;
  return <NextSteps userName={userName} onDismiss={() => dismissNextSteps(operatorId, userName)} />;
}

interface Step {
  id: 'password' | 'permission' | 'authKey';
  tab: UserTab;
  /** The call the step ends with: a principal who may not make it is not offered the step. */
  api: string;
  done: boolean;
}

function NextSteps({ userName, onDismiss }: { userName: string; onDismiss: () => void }) {
  const m = useMessages().users.nextSteps;
  const headingId = useId();
  const capabilities = useCapabilities();
  // The user as the overview reads it (one cache entry): whether each step is done costs no extra call there, and
  // refreshes with every change to the user (invalidateUser). Unreadable, the steps are simply not marked.
  const user = useQuery({ ...userDetailOptions(userName), meta: { silentErrors: true } });
  const steps: Step[] = [
    {
      id: 'password',
      tab: 'password',
      api: 'User:createUserPassword',
      done: user.data?.hasPassword === true,
    },
    {
      id: 'permission',
      tab: 'permissions',
      api: 'User:updateUserPermission',
      done: typeof user.data?.permission === 'string' && user.data.permission.trim() !== '',
    },
    {
      id: 'authKey',
      tab: 'auth-keys',
      api: 'User:generateUserAuthKey',
      done: (user.data?.authKeyList.length ?? 0) > 0,
    },
  ];
  const offered = steps.filter((step) => capabilities.can(step.api, { userName }).kind !== 'denied');
  if (offered.length === 0) return null;
  return (
    <section className="panel next-steps" aria-labelledby={headingId}>
      <div className="next-steps__header">
        <h2 id={headingId}>{m.title}</h2>
        <button type="button" className="button button--small" onClick={onDismiss}>
          {m.dismiss}
        </button>
      </div>
      <p className="next-steps__intro">{m.intro({ userName })}</p>
      <ol className="next-steps__list">
        {offered.map((step) => (
          <li
            key={step.id}
            className={step.done ? 'next-steps__step next-steps__step--done' : 'next-steps__step'}
          >
            <Link to={paths.user(userName, step.tab)}>{m[step.id]}</Link>
            {step.done ? <span className="badge badge--ok">{m.done}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
