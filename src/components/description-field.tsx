// <DescriptionField>: a description's textarea with a live count, "n / max" as the person types, shown as an error past
// the limit, and announced to screen readers only as the limit nears and when it is passed, never at each keystroke.
import { useState, type ReactNode } from 'react';
import {
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { DESCRIPTION_MAX } from '../lib/sam-rules.ts';
import { lengthBand, textLength, type LengthBand } from '../lib/text-rules.ts';
import { useMessages } from '../i18n/use-i18n.ts';
import { Field, describedBy } from './field.tsx';
import './description-field.css';

export function DescriptionField<T extends FieldValues>({
  id,
  label,
  hint,
  error,
  control,
  name,
  registration,
  readOnly = false,
  max = DESCRIPTION_MAX,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  /** The form's control and the field's name: the count follows the value, a reset included. */
  control: Control<T>;
  name: Path<T>;
  registration: UseFormRegisterReturn;
  readOnly?: boolean;
  max?: number;
}) {
  const m = useMessages().forms.count;
  const value: unknown = useWatch({ control, name });
  const length = typeof value === 'string' ? textLength(value) : 0;
  const band = lengthBand(length, max);
  const announcement = useBandAnnouncement(band, () =>
    band === 'near'
      ? m.nearLimit({ left: max - length })
      : band === 'over'
        ? m.overLimit({ over: length - max })
        : '',
  );
  const over = band === 'over';
  return (
    <Field id={id} label={label} error={error} hint={hint} invalid={over}>
      <textarea
        id={id}
        readOnly={readOnly}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={[describedBy(id, { hint: !!hint, error: !!error }), `${id}-count`]
          .filter(Boolean)
          .join(' ')}
        {...registration}
      />
      <p id={`${id}-count`} className={over ? 'field__count field__count--over' : 'field__count'}>
        <span aria-hidden="true">{m.shown({ length, max })}</span>
        <span className="visually-hidden">{m.spoken({ length, max })}</span>
      </p>
      {/* Always in the page, so that a change of its text is announced; the text changes only with the band. */}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </Field>
  );
}

/**
 * The live region's text: worded when the length enters a band and kept while it stays there, so typing within a
 * band says nothing more. A form that opens near its limit says nothing until the band changes.
 */
function useBandAnnouncement(band: LengthBand, word: () => string): string {
  const [said, setSaid] = useState<{ band: LengthBand; text: string }>({ band, text: '' });
  if (said.band === band) return said.text;
  const text = word();
  setSaid({ band, text });
  return text;
}
