// Renders the error catalogue as the Markdown table of docs/error-codes.md (`npx tsx server/error-catalogue-doc.ts` rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CATALOGUE } from './errors.ts';

export const ERROR_DOC_PATH = fileURLToPath(new URL('../docs/error-codes.md', import.meta.url));

// Shows each message's variable parts as {name}.
const placeholders = new Proxy<Record<string, string>>({}, { get: (_target, key) => `{${String(key)}}` });

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderErrorCodeTable(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(
    ([code, entry]) =>
      `| ${code} | ${entry.status} | ${cell(entry.en(placeholders))} | ${cell(entry.ja(placeholders))} |`,
  );
  return ['| Code | HTTP status | Message (en) | Message (ja) |', '|---|---|---|---|', ...rows].join('\n');
}

const BEGIN = '<!-- error-table:begin -->';
const END = '<!-- error-table:end -->';

/** The document with its table replaced by the current catalogue. */
export function withCurrentTable(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/error-codes.md needs the ${BEGIN} and ${END} markers`);
  return `${doc.slice(0, start + BEGIN.length)}\n${renderErrorCodeTable()}\n${doc.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ERROR_DOC_PATH, withCurrentTable(readFileSync(ERROR_DOC_PATH, 'utf8')));
}
