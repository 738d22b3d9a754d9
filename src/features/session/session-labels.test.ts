// What the header says: which API (local sandbox or Soracom, with coverage) and who is signed in.
import { describe, expect, it } from 'vitest';
import { describeApi } from './console-config-queries.ts';
import { describeWho } from './session-indicator.tsx';
import en from '../../i18n/messages/en/session.ts';
import ja from '../../i18n/messages/ja/session.ts';

const api = en.api;
const who = en.indicator;

describe('describeApi', () => {
  it('names the local sandbox and each Soracom coverage', () => {
    expect(describeApi({ mode: 'local' }, api)).toBe('Local sandbox');
    expect(describeApi({ mode: 'upstream', coverage: 'jp' }, api)).toBe('Soracom · Japan coverage');
    expect(describeApi({ mode: 'upstream', coverage: 'g' }, api)).toBe('Soracom · Global coverage');
    expect(describeApi({ mode: 'upstream', coverage: 'custom', upstreamUrl: 'http://x' }, api)).toBe(
      'Soracom · custom endpoint',
    );
    expect(describeApi(undefined, api)).toBe('API');
  });

  it('says the same in Japanese', () => {
    expect(describeApi({ mode: 'local' }, ja.api)).toBe('ローカルサンドボックス');
    expect(describeApi({ mode: 'upstream', coverage: 'jp' }, ja.api)).toBe('ソラコム · 日本カバレッジ');
  });
});

describe('describeWho', () => {
  const base = { apiKey: 'k', token: 't', operatorId: 'OP1' };
  it('says root with the email, the SAM user by name, and marks an AuthKey sign-in', () => {
    expect(describeWho({ ...base, method: 'root', identity: 'ops@example.com' }, who)).toBe(
      'root (ops@example.com)',
    );
    expect(describeWho({ ...base, method: 'user', userName: 'alice' }, who)).toBe('alice');
    expect(describeWho({ ...base, method: 'authKey', userName: 'ci', identity: 'keyId-1' }, who)).toBe(
      'ci (AuthKey)',
    );
  });

  it('says root and AuthKey in Japanese', () => {
    expect(describeWho({ ...base, method: 'root' }, ja.indicator)).toBe('ルート');
    expect(describeWho({ ...base, method: 'authKey', userName: 'ci' }, ja.indicator)).toBe('ci (認証キー)');
  });
});
