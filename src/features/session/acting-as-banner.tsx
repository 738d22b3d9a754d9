// The unmistakable "acting as" banner of a switched session, with one-click "Switch back".
import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths.ts';
import './acting-as.css';
import { useMessages } from '../../i18n/use-i18n.ts';
import { describeWho } from './session-indicator.tsx';
import { useSession } from '../../api/index.ts';
import { useSwitchBack } from './use-switch-user.ts';

export function ActingAsBanner() {
  const all = useMessages();
  const m = all;
  const session = useSession();
  const switchBack = useSwitchBack();
  const navigate = useNavigate();
  const original = session?.switchedFrom;
  if (!session || !original) return null;
  return (
    <div
      className="acting-as"
      role="region"
      aria-label={m.roles.switchUser.banner({
        userName: session.userName ?? '',
        operatorId: session.operatorId,
      })}
    >
      <p className="acting-as__text">
        <strong>
          {m.roles.switchUser.banner({ userName: session.userName ?? '', operatorId: session.operatorId })}
        </strong>{' '}
        {m.roles.switchUser.bannerFrom({ who: describeWho(original, all.session.indicator) })}
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          switchBack();
          void navigate(paths.users());
        }}
      >
        {m.roles.switchUser.switchBack}
      </button>
    </div>
  );
}
