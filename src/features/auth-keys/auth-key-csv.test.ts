// Unit tests of the CSV an admin downloads for a new AuthKey.
import { describe, expect, it } from 'vitest';
import { authKeyCsv, authKeyCsvFileName } from './auth-key-csv.ts';

describe('authKeyCsv', () => {
  it('writes the header and one row with CRLF line ends', () => {
    expect(authKeyCsv({ authKeyId: 'keyId-abc', authKey: 'secret-xyz' })).toBe(
      'authKeyId,authKey\r\nkeyId-abc,secret-xyz\r\n',
    );
  });

  it('quotes a field holding a comma or a quote, doubling the quote', () => {
    expect(authKeyCsv({ authKeyId: 'a,b', authKey: 'say "hi"' })).toBe(
      'authKeyId,authKey\r\n"a,b","say ""hi"""\r\n',
    );
  });

  it('quotes a field holding a line break', () => {
    expect(authKeyCsv({ authKeyId: 'a\nb', authKey: 'c' })).toBe('authKeyId,authKey\r\n"a\nb",c\r\n');
  });
});

describe('authKeyCsvFileName', () => {
  it('names the user and the key', () => {
    expect(authKeyCsvFileName('alice', 'keyId-abc')).toBe('authkey-alice-keyId-abc.csv');
  });

  it('replaces characters that are not portable in file names', () => {
    expect(authKeyCsvFileName('a,b=c+d@e', 'k/1')).toBe('authkey-a_b_c_d@e-k_1.csv');
  });
});
