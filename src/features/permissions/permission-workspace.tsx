// The editing workspace shared by a user's permission tab and the default permissions page: editor, problems, save review, simulator.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLeaveGuard } from '../../components/leave-guard.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { analyzePermission, type ApiCatalogue, type PermissionSources } from '../../permissions/index.ts';
import { PermissionEditor, type PermissionEditorHandle } from './permission-editor.tsx';
import { countDiagnostics, summarizeDiagnostics } from './editor-diagnostics.ts';
import { PermissionToolbar } from './permission-toolbar.tsx';
import { PermissionProblems } from './permission-problems.tsx';
import { PermissionSimulator } from './permission-simulator.tsx';
import { EffectiveAccess } from './effective-access.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { reviewSave, type AttachedUser, type OtherUser, type SaveReview } from './save-review.ts';
import { SaveReviewDialog } from './save-review-dialog.tsx';
import { startingDocument } from './starting-document.ts';
import { apiStringAt } from './api-string-at.ts';
import { describeApiPattern } from './api-pattern-summary.ts';
import './permissions.css';

// The document's key, shown as code in both languages.
const API_KEY = '"api"';

export type PermissionSubject =
  { kind: 'user'; userName: string } | { kind: 'default' } | { kind: 'role'; roleId: string };

/** A role attached to the user being edited, with its document. */
export interface AttachedRole {
  roleId: string;
  permission: string;
}

export interface PermissionWorkspaceProps {
  subject: PermissionSubject;
  /** The stored document as the API answered it ('' when none is stored). */
  stored: string;
  /** On a user's tab: the default permissions the user's permission is combined with (null when unknown). */
  defaults: string | null;
  catalogue: ApiCatalogue;
  operatorId?: string;
  save: (text: string) => Promise<unknown>;
  saving: boolean;
  saveError: unknown;
  resetSave: () => void;
  /** Called once a save went through (the user tab then offers to revoke tokens). */
  onSaved?: () => void;
  /** The signed-in SAM user's name (absent for root): editing one's own permission warns before one loses it. */
  signedInUserName?: string;
  /** Fetches the stored document again before the review, so a change saved meanwhile by someone else is seen, not silently replaced. */
  refreshStored?: () => Promise<string | undefined>;
  /** On the default permissions page: every SAM user with their permission (null when they could not be listed), for the effect on each user. */
  otherUsers?: readonly OtherUser[] | null;
  /** Why the users could not be listed. */
  otherUsersProblem?: string;
  /** On a user's tab: the roles attached to the user, counted in the simulator, the delta and the effective access. */
  roles?: readonly AttachedRole[];
  /**
   * On a role's page: reads the users it is attached to with their other roles (null when they could not be read), for
   * the effect on each. Called when the review opens, not with the page: it costs a request per attached user.
   */
  loadAttachedUsers?: () => Promise<readonly AttachedUser[] | null>;
  /** Disables editing (a Soracom managed role is read-only). */
  readOnly?: boolean;
  /** The API the signed-in principal lacks to save this document: the editor is then read-only. */
  saveNeeds?: string | null;
}

interface PendingReview {
  draft: string;
  review: SaveReview;
  /** The stored document changed since the editor loaded it (another admin saved). */
  changedElsewhere: boolean;
}

export function PermissionWorkspace({
  subject,
  stored,
  defaults,
  catalogue,
  operatorId,
  save,
  saving,
  saveError,
  resetSave,
  onSaved,
  signedInUserName,
  refreshStored,
  otherUsers,
  otherUsersProblem,
  roles = NO_ROLES,
  loadAttachedUsers,
  readOnly = false,
  saveNeeds = null,
}: PermissionWorkspaceProps) {
  const id = useId();
  const messages = useMessages();
  const m = messages.permissions.workspace;
  const r = messages.roles.workspace;
  const readOnlyNote = messages.common.permission.readOnly;
  const editorRef = useRef<PermissionEditorHandle>(null);
  // Later refetches of the stored document do not reset the editor: the baseline moves only on save.
  const [baseline, setBaseline] = useState(() => startingDocument(stored));
  const [draft, setDraft] = useState(baseline.text);
  const [announcement, setAnnouncement] = useState('');
  const [pending, setPending] = useState<PendingReview | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);

  const analysis = useMemo(() => analyzePermission(draft, { catalogue }), [draft, catalogue]);
  // What the hover says, for the API name under the cursor: keyboard and screen-reader users cannot hover.
  const atCursor = useMemo(() => {
    const span = cursor === null ? null : apiStringAt(draft, cursor);
    return span && span.value !== '' ? describeApiPattern(span.value, catalogue) : '';
  }, [draft, cursor, catalogue]);
  const counts = countDiagnostics(analysis.diagnostics);
  const dirty = draft !== baseline.text;
  const canSave = analysis.valid && dirty && !readOnly && saveNeeds === null;
  useWarnBeforeUnload(dirty);
  // A role's review reads every attached user's roles: start when editing starts, so the review is ready sooner.
  const editing = dirty && !readOnly;
  useEffect(() => {
    if (editing) void loadAttachedUsers?.().catch(() => undefined);
  }, [editing]); // eslint-disable-line react-hooks/exhaustive-deps -- once per edit, not per new callback
  // Leaving for another page or tab of the console asks first; the draft lives only in this editor.
  const blocker = useLeaveGuard(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const sources = useMemo<PermissionSources>(
    () =>
      subject.kind === 'user'
        ? { user: draft, roles: roles.map((role) => role.permission), defaults }
        : subject.kind === 'role'
          ? { roles: [draft] }
          : { defaults: draft },
    [subject.kind, draft, defaults, roles],
  );
  const roleNames = useMemo(
    () => (subject.kind === 'role' ? [subject.roleId] : roles.map((role) => role.roleId)),
    [subject, roles],
  );
  const subjectLabel =
    subject.kind === 'user'
      ? m.subjectUser({ userName: subject.userName })
      : subject.kind === 'role'
        ? r.subjectRole({ roleId: subject.roleId })
        : m.subjectDefault;
  const editorLabel =
    subject.kind === 'user'
      ? m.editorUser({ userName: subject.userName })
      : subject.kind === 'role'
        ? r.editorRole({ roleId: subject.roleId })
        : m.editorDefault;
  const saveBlockedReason = readOnly
    ? r.readOnly
    : saveNeeds
      ? readOnlyNote({ api: saveNeeds })
      : !analysis.valid
        ? m.fixErrors
        : !dirty
          ? m.noChanges
          : '';

  function replaceText(text: string, message: string) {
    editorRef.current?.replaceText(text);
    setAnnouncement(message);
  }

  async function openReview() {
    if (!canSave || preparing) return;
    resetSave();
    setPreparing(true);
    let latest: string | undefined;
    let attachedUsers: readonly AttachedUser[] | null = null;
    try {
      [latest, attachedUsers] = await Promise.all([
        refreshStored?.().catch(() => undefined),
        subject.kind === 'role' && loadAttachedUsers
          ? loadAttachedUsers().catch(() => null)
          : Promise.resolve(null),
      ]);
      // A failed refresh is reviewed against what was loaded; the save itself reports a real failure.
    } finally {
      setPreparing(false);
    }
    const current = latest === undefined ? baseline : startingDocument(latest);
    const changedElsewhere = current.saved !== baseline.saved;
    // Their version becomes what the diff, the delta and Revert compare with.
    if (changedElsewhere) setBaseline(current);
    const editsOwn =
      subject.kind === 'user' &&
      signedInUserName !== undefined &&
      subject.userName === signedInUserName &&
      operatorId !== undefined;
    const review = reviewSave(
      {
        saved: current.saved,
        baseline: current.saved === null ? '' : current.text,
        draft,
        defaults: subject.kind === 'user' ? defaults : null,
        self: editsOwn ? { userName: signedInUserName, operatorId, now: new Date() } : undefined,
        users: subject.kind === 'default' ? (otherUsers ?? null) : null,
        ...(subject.kind === 'user' ? { roles: roles.map((role) => role.permission) } : {}),
        ...(subject.kind === 'role' ? { attachedUsers, impactDefaults: defaults } : {}),
      },
      catalogue,
    );
    setPending({ draft, review, changedElsewhere });
  }

  async function confirmSave() {
    if (!pending) return;
    try {
      await save(pending.draft);
    } catch {
      // The dialog stays open and shows the error.
      return;
    }
    setBaseline({ saved: pending.draft, text: pending.draft });
    setPending(null);
    setAnnouncement(m.saved);
    onSaved?.();
  }

  return (
    <>
      <div className="permission-workspace">
        <section className="panel permission-workspace__editor" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>
            {subject.kind === 'user' ? m.titleUser : subject.kind === 'role' ? r.titleRole : m.titleDefault}
          </h2>
          <PermissionToolbar
            draft={draft}
            dirty={dirty}
            revertTo={baseline.text}
            onReplace={replaceText}
            onAnnounce={setAnnouncement}
          />

          <PermissionEditor
            ref={editorRef}
            initialText={baseline.text}
            catalogue={catalogue}
            label={editorLabel}
            describedBy={`${id}-keys`}
            readOnly={readOnly || saveNeeds !== null}
            onChange={setDraft}
            onCursor={setCursor}
          />
          <p className="field__hint permission-at-cursor" role="status" aria-label={m.atCursor}>
            {atCursor}
          </p>
          <p id={`${id}-keys`} className="field__hint">
            {m.keysBefore}
            <code>{API_KEY}</code>
            {m.keysAfter}
          </p>

          <div className="permission-status">
            <span
              role="status"
              className={
                counts.errors
                  ? 'badge badge--denied'
                  : counts.warnings
                    ? 'badge badge--warn'
                    : 'badge badge--ok'
              }
            >
              {summarizeDiagnostics(counts)}
            </span>
            {dirty ? <span className="badge">{m.unsaved}</span> : null}
            <span className="visually-hidden" role="status">
              {announcement}
            </span>
          </div>

          <PermissionProblems
            diagnostics={analysis.diagnostics}
            onReveal={(from, to) => editorRef.current?.reveal(from, to)}
          />

          <div className="permission-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!canSave || preparing}
              onClick={() => void openReview()}
              aria-describedby={saveBlockedReason ? `${id}-save-blocked` : undefined}
            >
              {preparing ? m.preparingReview : m.review}
            </button>
            {saveBlockedReason ? (
              <span id={`${id}-save-blocked`} className="muted">
                {saveBlockedReason}
              </span>
            ) : null}
          </div>
        </section>

        <div className="permission-workspace__side">
          <PermissionSimulator
            catalogue={catalogue}
            sources={sources}
            editedSource={subject.kind === 'user' ? 'user' : subject.kind === 'role' ? 'role' : 'default'}
            roleNames={roleNames}
            userName={subject.kind === 'user' ? subject.userName : undefined}
            operatorId={operatorId}
            onReveal={(statement) => editorRef.current?.reveal(statement.range.from, statement.range.to)}
          />
        </div>
      </div>

      <EffectiveAccess
        catalogue={catalogue}
        sources={sources}
        draftHasErrors={!analysis.valid}
        title={
          subject.kind === 'user'
            ? m.effectiveUser({ userName: subject.userName })
            : subject.kind === 'role'
              ? r.effectiveRole({ roleId: subject.roleId })
              : m.effectiveDefault
        }
        intro={
          subject.kind === 'user'
            ? roles.length > 0
              ? r.effectiveIntroUserRoles({
                  userName: subject.userName,
                  roles: roles.map((role) => role.roleId).join(', '),
                  dirty,
                })
              : m.effectiveIntroUser({ userName: subject.userName, dirty })
            : subject.kind === 'role'
              ? r.effectiveIntroRole({ dirty })
              : m.effectiveIntroDefault({ dirty })
        }
      />

      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={m.leaveTitle}
        message={<p>{m.leaveBody({ subject: subjectLabel })}</p>}
        confirmLabel={m.leaveConfirm}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />

      {pending ? (
        <SaveReviewDialog
          review={pending.review}
          changedElsewhere={pending.changedElsewhere}
          subjectLabel={subjectLabel}
          forEveryUser={subject.kind === 'default'}
          forAttachedUsers={subject.kind === 'role'}
          usersProblem={otherUsersProblem}
          pending={saving}
          error={saveError}
          onConfirm={() => void confirmSave()}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}

const NO_ROLES: readonly AttachedRole[] = [];

/** Asks the browser to confirm closing or reloading the page while the draft has unsaved changes. */
function useWarnBeforeUnload(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
