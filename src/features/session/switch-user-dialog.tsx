// "Switch user": operator, SAM user and session length, then the console acts as that user until "Switch back".
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { IdentifierField } from '../../components/identifier-field.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { readSession } from '../../api/session-store.ts';
import { paths } from '../../lib/paths.ts';
import { useSwitchUser } from './use-switch-user.ts';

const MINUTES_MIN = 3;
const MINUTES_MAX = 60;

export function SwitchUserDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const m = useMessages();
  const navigate = useNavigate();
  const switching = useSwitchUser();
  const [operatorId, setOperatorId] = useState(readSession()?.operatorId ?? '');
  const [userName, setUserName] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [problem, setProblem] = useState('');
  return (
    <FormDialog
      title={m.roles.switchUser.title}
      description={m.roles.switchUser.description}
      pending={switching.isPending}
      onClose={onClose}
      labels={{
        cancel: m.roles.switchUser.cancel,
        submit: m.roles.switchUser.submit,
        submitting: m.roles.switchUser.submitting,
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const length = Number(minutes);
        if (operatorId.trim() === '') return setProblem(m.roles.switchUser.operatorRequired);
        if (userName.trim() === '') return setProblem(m.roles.switchUser.userRequired);
        if (!Number.isInteger(length) || length < MINUTES_MIN || length > MINUTES_MAX)
          return setProblem(m.roles.switchUser.durationRange);
        setProblem('');
        switching.mutate(
          { operatorId: operatorId.trim(), userName: userName.trim(), tokenTimeoutSeconds: length * 60 },
          {
            onSuccess: (session) => {
              onClose();
              void navigate(paths.user(session.userName ?? ''));
            },
          },
        );
      }}
    >
      <IdentifierField
        id={`${id}-operator`}
        label={m.roles.switchUser.operator}
        value={operatorId}
        onChange={setOperatorId}
      />
      <IdentifierField
        id={`${id}-user`}
        label={m.roles.switchUser.userName}
        value={userName}
        onChange={setUserName}
      />
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{m.roles.switchUser.duration}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={MINUTES_MIN}
          max={MINUTES_MAX}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          aria-describedby={`${id}-minutes-hint`}
        />
        <p id={`${id}-minutes-hint`} className="field__hint">
          {m.roles.switchUser.durationHint}
        </p>
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <FormError error={switching.error} />
    </FormDialog>
  );
}
