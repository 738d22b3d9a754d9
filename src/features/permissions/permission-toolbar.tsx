// The permission editor's toolbar: start from a template, format the document, revert to what is saved.
import { useId, useState } from 'react';
import { formatPermission } from '../../permissions/index.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { PERMISSION_TEMPLATES, findTemplate } from './permission-templates.ts';

export function PermissionToolbar({
  draft,
  dirty,
  revertTo,
  onReplace,
  onAnnounce,
}: {
  draft: string;
  dirty: boolean;
  /** The text Revert puts back (the saved document, laid out). */
  revertTo: string;
  /** Replaces the editor's text, and says what was done to screen-reader users. */
  onReplace: (text: string, announcement: string) => void;
  /** Says something without changing the text (a document too broken to format). */
  onAnnounce: (announcement: string) => void;
}) {
  const id = useId();
  const m = useMessages().permissions.workspace;
  const [templateId, setTemplateId] = useState('');
  return (
    <>
      <div className="toolbar permission-toolbar">
        <label htmlFor={`${id}-template`} className="permission-toolbar__label">
          {m.template}
        </label>
        <select
          id={`${id}-template`}
          value={templateId}
          onChange={(event) => setTemplateId(event.target.value)}
          aria-describedby={`${id}-template-hint`}
        >
          <option value="">{m.chooseTemplate}</option>
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
            if (template) onReplace(template.text, m.templateUsed({ label: template.label }));
          }}
        >
          {m.useTemplate}
        </button>
        <span className="permission-toolbar__spacer" />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const formatted = formatPermission(draft);
            if (formatted === null) onAnnounce(m.formatNeedsJson);
            else onReplace(formatted, m.formatted);
          }}
        >
          {m.format}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!dirty}
          onClick={() => onReplace(revertTo, m.reverted)}
        >
          {m.revert}
        </button>
      </div>
      <p id={`${id}-template-hint`} className="field__hint">
        {findTemplate(templateId)?.description ?? m.templateHint}
      </p>
    </>
  );
}
