// The credential report: rows from users, CSV that Excel reads safely, and both formats read back to the same rows.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import {
  credentialReport,
  credentialReportCsv,
  credentialReportFileName,
  credentialReportJson,
  readCredentialReportCsv,
  type CredentialReport,
} from './credential-report.ts';

const DAY = 86_400;
const NOW = Date.UTC(2026, 10, 28, 10, 0, 0) / 1000;

function user(userName: string, extra: Partial<UserDetail> = {}): UserDetail {
  return {
    userName,
    authKeyList: [],
    hasPassword: false,
    roleList: [],
    createDateTime: NOW - 100 * DAY,
    updateDateTime: NOW - 5 * DAY,
    ...extra,
  };
}

const users: UserDetail[] = [
  user('alice', {
    description: '経理部の山田さん, "本社"',
    hasPassword: true,
    lastSignInDateTime: NOW - 60,
    permission: JSON.stringify({ statements: [{ effect: 'allow', api: '*' }] }),
    roleList: [
      { roleId: 'auditor', roleName: 'Auditor', createDateTime: 1, updateDateTime: 1 },
      { roleId: 'ops', createDateTime: 1, updateDateTime: 1 },
    ],
  }),
  user('bob', { description: '=HYPERLINK("http://evil.example","click")' }),
  user('ci', {
    description: "-1+2\nsecond line, '@quoted",
    authKeyList: [
      { authKeyId: 'k1', createDateTime: NOW - 120 * DAY, lastUsedDateTime: NOW - 2 * DAY },
      { authKeyId: 'k2', createDateTime: NOW - 10 * DAY, lastUsedDateTime: NOW - DAY },
    ],
  }),
  user('dora', { description: "'already quoted" }),
];
const mfa = new Map<string, MfaStatus>([
  ['alice', 'ACTIVE'],
  ['bob', 'INACTIVE'],
  ['ci', 'UNCONFIRMED'],
]);

const local = credentialReport({ users, mfa, now: NOW, lastSignInProvided: true });
const upstream = credentialReport({ users, mfa, now: NOW, lastSignInProvided: false });

describe('credentialReport', () => {
  it('makes one row per user with dates in UTC, ages in days and roles by name', () => {
    expect(local.generatedAt).toBe('2026-11-28T10:00:00Z');
    expect(local.users[0]).toEqual({
      userName: 'alice',
      description: '経理部の山田さん, "本社"',
      createDateTime: '2026-08-20T10:00:00Z',
      updateDateTime: '2026-11-23T10:00:00Z',
      lastSignInDateTime: '2026-11-28T09:59:00Z',
      hasPassword: true,
      mfaStatus: 'ACTIVE',
      authKeyCount: 0,
      oldestKeyAgeDays: null,
      lastKeyUseDateTime: null,
      roles: ['Auditor', 'ops'],
      broadPermission: true,
    });
    expect(local.users[2]).toMatchObject({
      lastSignInDateTime: null,
      mfaStatus: 'UNCONFIRMED',
      authKeyCount: 2,
      oldestKeyAgeDays: 120,
      lastKeyUseDateTime: '2026-11-27T10:00:00Z',
    });
    expect(local.users[3]?.mfaStatus).toBeNull();
  });

  it('leaves last sign-in out entirely when the API does not provide it', () => {
    expect(upstream.lastSignInProvided).toBe(false);
    for (const row of upstream.users) expect(row).not.toHaveProperty('lastSignInDateTime');
    expect(credentialReportCsv(upstream).split('\r\n')[0]).not.toContain('lastSignIn');
  });
});

describe('credentialReportCsv', () => {
  const csv = credentialReportCsv(local);

  it('starts with a UTF-8 BOM and a header row, and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFuserName,description,createDateTime,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks and defuses formulas', () => {
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const column = cells[0]?.indexOf('description') ?? -1;
    expect(cells.map((row) => row[column])).toEqual([
      'description',
      '経理部の山田さん, "本社"',
      `'=HYPERLINK("http://evil.example","click")`,
      "'-1+2\nsecond line, '@quoted",
      "''already quoted",
    ]);
    // No cell a spreadsheet would run: none starts with = + - @.
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('reads back to exactly the JSON rows, with and without last sign-in', () => {
    for (const report of [local, upstream]) {
      const fromJson = (JSON.parse(credentialReportJson(report)) as CredentialReport).users;
      expect(readCredentialReportCsv(credentialReportCsv(report))).toEqual(fromJson);
      expect(fromJson).toEqual(report.users);
    }
  });
});

it('names the files after the operator and the day', () => {
  expect(credentialReportFileName('OP0012345678', local, 'csv')).toBe(
    'sam-credential-report-OP0012345678-2026-11-28.csv',
  );
});
