// The editing workspace shared by a user's permission tab and the default permissions page: editor, problems, save review, simulator.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import {
  analyzePermission,
  formatPermission,
  type ApiCatalogue,
  type PermissionSources,
} from '../../permissions/index.ts';
import { PermissionEditor, type PermissionEditorHandle } from './permission-editor.tsx';
import { countDiagnostics, diagnosticPlace, summarizeDiagnostics } from './editor-diagnostics.ts';
import { PERMISSION_TEMPLATES, findTemplate } from './permission-templates.ts';
import { PermissionSimulator } from './permission-simulator.tsx';
import { EffectiveAccess } from './effective-access.tsx';
import { reviewSave, type OtherUser, type SaveReview } from './save-review.ts';
import { SaveReviewDialog } from './save-review-dialog.tsx';
import { startingDocument } from './starting-document.ts';
import { apiStringAt } from './api-string-at.ts';
import { describeApiPattern } from './api-pattern-summary.ts';
import './permissions.css';

export type PermissionSubject = { kind: 'user'; userName: string } | { kind: 'default' };

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
}: PermissionWorkspaceProps) {
  const id = useId();
  const editorRef = useRef<PermissionEditorHandle>(null);
  // Later refetches of the stored document do not reset the editor: the baseline moves only on save.
  const [baseline, setBaseline] = useState(() => startingDocument(stored));
  const [draft, setDraft] = useState(baseline.text);
  const [templateId, setTemplateId] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [pending, setPending] = useState<PendingReview | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);

  const analysis = useMemo(() => analyzePermission(draft, { catalogue }), [draft, catalogue]);
  // What the hover says, for the API name under the cursor: keyboard and screen-reader users cannot hover.
  const atCursor = useMemo(() => {
    const span = cursor === null ? null : apiStringAt(draft, cursor);
    return span && span.value !== '' ? describeApiPattern(span.value, catalogue) : '';
  }, [draft, cursor, catalogue]);
  const counts = countDiagnostics(analysis.diagnostics);
  const dirty = draft !== baseline.text;
  const canSave = analysis.valid && dirty;
  useWarnBeforeUnload(dirty);
  // Leaving for another page or tab of the console asks first; the draft lives only in this editor.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const sources = useMemo<PermissionSources>(
    () => (subject.kind === 'user' ? { user: draft, defaults } : { defaults: draft }),
    [subject.kind, draft, defaults],
  );
  const subjectLabel =
    subject.kind === 'user' ? `the permission of ${subject.userName}` : 'the default permissions';
  const editorLabel =
    subject.kind === 'user' ? `Permission document of ${subject.userName}` : 'Default permissions document';
  const saveBlockedReason = !analysis.valid
    ? 'Fix the errors listed under Problems before saving.'
    : !dirty
      ? 'No changes to save.'
      : '';

  function replaceText(text: string, message: string) {
    editorRef.current?.replaceText(text);
    setAnnouncement(message);
  }

  async function openReview() {
    if (!canSave) return;
    resetSave();
    let latest: string | undefined;
    try {
      latest = await refreshStored?.();
    } catch {
      // Unreachable for now: review against what was loaded; the save itself reports a real failure.
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
    setAnnouncement('Saved.');
    onSaved?.();
  }

  return (
    <>
      <div className="permission-workspace">
        <section className="panel permission-workspace__editor" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{subject.kind === 'user' ? 'Permission document' : 'Document'}</h2>
          <div className="toolbar permission-toolbar">
            <label htmlFor={`${id}-template`} className="permission-toolbar__label">
              Template
            </label>
            <select
              id={`${id}-template`}
              value={templateId}
              onChange={(event) => setTemplateId(event.target.value)}
              aria-describedby={`${id}-template-hint`}
            >
              <option value="">Choose a template…</option>
              {PERMISSION_TEMPLATES.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={templateId === ''}
              onClick={() => {
                const template = findTemplate(templateId);
                if (template)
                  replaceText(
                    template.text,
                    `Template “${template.label}” is in the editor. Ctrl+Z undoes it.`,
                  );
              }}
            >
              Use template
            </button>
            <span className="permission-toolbar__spacer" />
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const formatted = formatPermission(draft);
                if (formatted === null)
                  setAnnouncement('Format needs well-formed JSON: fix the syntax error first.');
                else replaceText(formatted, 'Formatted.');
              }}
            >
              Format
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!dirty}
              onClick={() => replaceText(baseline.text, 'Reverted to the saved document.')}
            >
              Revert
            </button>
          </div>
          <p id={`${id}-template-hint`} className="field__hint">
            {findTemplate(templateId)?.description ??
              'A template replaces the whole document; Ctrl+Z or Revert brings the previous text back.'}
          </p>

          <PermissionEditor
            ref={editorRef}
            initialText={baseline.text}
            catalogue={catalogue}
            label={editorLabel}
            describedBy={`${id}-keys`}
            onChange={setDraft}
            onCursor={setCursor}
          />
          <p className="field__hint permission-at-cursor" role="status" aria-label="API name at the cursor">
            {atCursor}
          </p>
          <p id={`${id}-keys`} className="field__hint">
            Tab leaves the editor (it is not used for indenting; Ctrl+] and Ctrl+[ indent). Inside an{' '}
            <code>"api"</code> string, Ctrl+Space lists API names; hover a wildcard, or put the cursor in it,
            to see how many operations it covers.
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
            {dirty ? <span className="badge">Unsaved changes</span> : null}
            <span className="visually-hidden" role="status">
              {announcement}
            </span>
          </div>

          {analysis.diagnostics.length > 0 ? (
            <section aria-labelledby={`${id}-problems`} className="problems">
              <h3 id={`${id}-problems`}>Problems</h3>
              <ul className="problems__list">
                {analysis.diagnostics.map((diagnostic, index) => (
                  <li
                    key={`${diagnostic.from}-${index}`}
                    className={`problem problem--${diagnostic.severity}`}
                  >
                    {/* Tabbing through the list reads the place with its message, not a bare "Line 3, column 17". */}
                    <button
                      type="button"
                      className="button--link problem__place"
                      onClick={() => editorRef.current?.reveal(diagnostic.from, diagnostic.to)}
                      aria-describedby={`${id}-problem-${index}-severity ${id}-problem-${index}`}
                    >
                      {diagnosticPlace(diagnostic)}
                    </button>
                    <span
                      id={`${id}-problem-${index}-severity`}
                      className={
                        diagnostic.severity === 'error' ? 'badge badge--denied' : 'badge badge--warn'
                      }
                    >
                      {diagnostic.severity === 'error' ? 'Error' : 'Warning'}
                    </span>
                    <span id={`${id}-problem-${index}`} className="problem__message">
                      {diagnostic.message}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <div className="permission-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!canSave}
              onClick={() => void openReview()}
              aria-describedby={saveBlockedReason ? `${id}-save-blocked` : undefined}
            >
              Review and save…
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
            editedSource={subject.kind === 'user' ? 'user' : 'default'}
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
        title={subject.kind === 'user' ? `Effective access of ${subject.userName}` : 'Access every user gets'}
        intro={
          subject.kind === 'user'
            ? `What ${subject.userName} may call with this draft and the default permissions${dirty ? ' (unsaved changes included)' : ''}. Roles are not counted.`
            : `What the default permissions in the editor give every SAM user, before their own permission${dirty ? ' (unsaved changes included)' : ''}.`
        }
      />

      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        message={<p>The changes to {subjectLabel} are not saved. Leaving this page discards them.</p>}
        confirmLabel="Discard changes and leave"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />

      {pending ? (
        <SaveReviewDialog
          review={pending.review}
          changedElsewhere={pending.changedElsewhere}
          subjectLabel={subjectLabel}
          forEveryUser={subject.kind === 'default'}
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

/** Asks the browser to confirm closing or reloading the page while the draft has unsaved changes. */
function useWarnBeforeUnload(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
