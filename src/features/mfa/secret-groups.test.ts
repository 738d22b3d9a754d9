// Unit tests of the secret grouping shown during MFA enrolment.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupSecret } from './secret-groups.ts';

describe('groupSecret', () => {
  it('splits a 32-character Base32 secret into eight blocks of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });

  it('leaves a short last block as it is', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('drops padding and whitespace and upper-cases', () => {
    expect(groupSecret(' abcd efgh==\n')).toBe('ABCD EFGH');
  });

  it('returns an empty string for an empty secret', () => {
    expect(groupSecret('')).toBe('');
  });

  it('honours another block size', () => {
    expect(groupSecret('ABCDEFGH', 3)).toBe('ABC DEF GH');
  });

  it('refuses a block size that is not a positive integer', () => {
    expect(() => groupSecret('ABCD', 0)).toThrow(RangeError);
    expect(() => groupSecret('ABCD', 1.5)).toThrow(RangeError);
  });

  it('keeps every character in order, and no block is longer than the size', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z2-7]{0,64}$/), fc.integer({ min: 1, max: 8 }), (secret, size) => {
        const grouped = groupSecret(secret, size);
        expect(grouped.replace(/ /g, '')).toBe(secret);
        for (const block of grouped.split(' ')) expect(block.length).toBeLessThanOrEqual(size);
        // Only the last block may be short.
        const blocks = grouped === '' ? [] : grouped.split(' ');
        blocks.slice(0, -1).forEach((block) => expect(block).toHaveLength(size));
      }),
    );
  });
});
