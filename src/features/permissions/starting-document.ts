// The text the editor starts from: the saved document laid out readably, or an empty document when none is saved.
import { formatPermission } from '../../permissions/index.ts';

/** A valid document that allows nothing: where a user without a permission starts. */
export const EMPTY_DOCUMENT = '{\n  "statements": []\n}';

export interface StartingDocument {
  /** The document as stored, or null when none is (an empty string or only blanks). */
  saved: string | null;
  /** What the editor shows and what Revert goes back to. */
  text: string;
}

/**
 * Stored documents are often one compact line (the API takes any JSON layout), so a well-formed
 * one is pretty-printed; the diff then compares like with like. A malformed stored document is
 * shown exactly as it is, so its error can be seen and fixed where it is.
 */
export function startingDocument(stored: string | null | undefined): StartingDocument {
  if (stored === null || stored === undefined || stored.trim() === '')
    return { saved: null, text: EMPTY_DOCUMENT };
  return { saved: stored, text: formatPermission(stored) ?? stored };
}
