// What the header says: which API (local sandbox or Soracom, with coverage) and who is signed in.
import { describe, expect, it } from 'vitest';
import { describeApi } from './console-config-queries.ts';
import { describeWho } from './session-indicator.tsx';

describe('describeApi', () => {
  it('names the local sandbox and each Soracom coverage', () => {
    expect(describeApi({ mode: 'local' })).toBe('Local sandbox');
    expect(describeApi({ mode: 'upstream', coverage: 'jp' })).toBe('Soracom · Japan coverage');
    expect(describeApi({ mode: 'upstream', coverage: 'g' })).toBe('Soracom · Global coverage');
    expect(describeApi({ mode: 'upstream', coverage: 'custom', upstreamUrl: 'http://x' })).toBe(
      'Soracom · custom endpoint',
    );
    expect(describeApi(undefined)).toBe('API');
  });
});

describe('describeWho', () => {
  const base = { apiKey: 'k', token: 't', operatorId: 'OP1', lang: 'en' as const };
  it('says root with the email, the SAM user by name, and marks an AuthKey sign-in', () => {
    expect(describeWho({ ...base, method: 'root', identity: 'ops@example.com' })).toBe(
      'root (ops@example.com)',
    );
    expect(describeWho({ ...base, method: 'user', userName: 'alice' })).toBe('alice');
    expect(describeWho({ ...base, method: 'authKey', userName: 'ci', identity: 'keyId-1' })).toBe(
      'ci (AuthKey)',
    );
  });
});
