// The credential report: one row per SAM user (credentials, MFA, keys, roles, breadth of permission), as CSV for
// Excel and as JSON, and the CSV read back. Loaded on intent (it brings papaparse), never on the list's first paint.
import Papa from 'papaparse';
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { daysBetween, lastKeyUse, oldestKeyCreated, permissionShape } from './credential-hygiene.ts';

export interface CredentialReportRow {
  userName: string;
  description: string;
  createDateTime: string;
  updateDateTime: string;
  /** Absent when the API does not provide it (Soracom's); null when the user never signed in. */
  lastSignInDateTime?: string | null;
  hasPassword: boolean;
  /** null when the status could not be read (no permission, or a failed request). */
  mfaStatus: MfaStatus | null;
  authKeyCount: number;
  /** Whole days since the oldest AuthKey was created; null without keys. */
  oldestKeyAgeDays: number | null;
  /** The latest sign-in with any of the user's AuthKeys; null when none was ever used. */
  lastKeyUseDateTime: string | null;
  roles: string[];
  broadPermission: boolean;
}

export interface CredentialReport {
  /** When the report was made (ISO 8601, UTC). */
  generatedAt: string;
  /** False against Soracom's API, which has no last sign-in: the column is left out rather than left empty. */
  lastSignInProvided: boolean;
  users: CredentialReportRow[];
}

export interface ReportInput {
  users: readonly UserDetail[];
  mfa: ReadonlyMap<string, MfaStatus>;
  /** UNIX seconds. */
  now: number;
  lastSignInProvided: boolean;
}

/** ISO 8601 in UTC without milliseconds, e.g. 2026-11-28T10:00:00Z: one reading in every time zone. */
export function isoSeconds(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

function roleNames(user: UserDetail): string[] {
  return user.roleList.map((role) => role.roleName ?? role.roleId);
}

export function credentialReport({ users, mfa, now, lastSignInProvided }: ReportInput): CredentialReport {
  return {
    generatedAt: isoSeconds(now),
    lastSignInProvided,
    users: users.map((user) => {
      const oldest = oldestKeyCreated(user);
      const lastUse = lastKeyUse(user);
      return {
        userName: user.userName,
        description: user.description ?? '',
        createDateTime: isoSeconds(user.createDateTime),
        updateDateTime: isoSeconds(user.updateDateTime),
        ...(lastSignInProvided
          ? {
              lastSignInDateTime:
                user.lastSignInDateTime === undefined ? null : isoSeconds(user.lastSignInDateTime),
            }
          : {}),
        hasPassword: user.hasPassword,
        mfaStatus: mfa.get(user.userName) ?? null,
        authKeyCount: user.authKeyList.length,
        oldestKeyAgeDays: oldest === null ? null : daysBetween(oldest, now),
        lastKeyUseDateTime: lastUse === null ? null : isoSeconds(lastUse),
        roles: roleNames(user),
        broadPermission: permissionShape(user.permission).broad,
      };
    }),
  };
}

const ROLE_SEPARATOR = '; ';

function columnsOf(report: CredentialReport): (keyof CredentialReportRow)[] {
  return [
    'userName',
    'description',
    'createDateTime',
    'updateDateTime',
    ...(report.lastSignInProvided ? (['lastSignInDateTime'] as const) : []),
    'hasPassword',
    'mfaStatus',
    'authKeyCount',
    'oldestKeyAgeDays',
    'lastKeyUseDateTime',
    'roles',
    'broadPermission',
  ];
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula: such a cell gets a
 * leading apostrophe, which Excel shows as text. A cell that already starts with an apostrophe gets one more, so
 * reading back (drop one leading apostrophe) is exact for every text.
 */
function escapeFormula(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

function unescapeFormula(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

function cellOf(value: CredentialReportRow[keyof CredentialReportRow]): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(ROLE_SEPARATOR);
  return String(value);
}

/**
 * CSV for Excel: a UTF-8 byte order mark (without it Excel reads Japanese text as mojibake), a header row, CRLF
 * line ends, every text cell quoted by papaparse where it must be, formulas defused.
 */
export function credentialReportCsv(report: CredentialReport): string {
  const columns = columnsOf(report);
  const rows = report.users.map((row) => columns.map((column) => escapeFormula(cellOf(row[column]))));
  return `\uFEFF${Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}

export function credentialReportJson(report: CredentialReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const mfaStatuses: readonly string[] = ['INACTIVE', 'UNCONFIRMED', 'ACTIVE'];

function nullableNumber(text: string): number | null {
  return text === '' ? null : Number(text);
}

/** Reads a credential report CSV back into rows (what an auditor's script would do); throws on a malformed file. */
export function readCredentialReportCsv(text: string): CredentialReportRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`Malformed CSV: ${parsed.errors[0]?.message ?? ''}`);
  const hasLastSignIn = parsed.meta.fields?.includes('lastSignInDateTime') ?? false;
  return parsed.data.map((record) => {
    const cell = (column: keyof CredentialReportRow) => unescapeFormula(record[column] ?? '');
    const mfa = cell('mfaStatus');
    const roles = cell('roles');
    return {
      userName: cell('userName'),
      description: cell('description'),
      createDateTime: cell('createDateTime'),
      updateDateTime: cell('updateDateTime'),
      ...(hasLastSignIn ? { lastSignInDateTime: cell('lastSignInDateTime') || null } : {}),
      hasPassword: cell('hasPassword') === 'true',
      mfaStatus: mfaStatuses.includes(mfa) ? (mfa as MfaStatus) : null,
      authKeyCount: Number(cell('authKeyCount')),
      oldestKeyAgeDays: nullableNumber(cell('oldestKeyAgeDays')),
      lastKeyUseDateTime: cell('lastKeyUseDateTime') || null,
      roles: roles === '' ? [] : roles.split(ROLE_SEPARATOR),
      broadPermission: cell('broadPermission') === 'true',
    };
  });
}

/** e.g. `sam-credential-report-OP0012345678-2026-11-28.csv`. */
export function credentialReportFileName(operatorId: string, report: CredentialReport, ext: 'csv' | 'json') {
  const safe = operatorId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `sam-credential-report-${safe}-${report.generatedAt.slice(0, 10)}.${ext}`;
}
