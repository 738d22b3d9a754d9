// The reference-contract kit leaves out of the judgement only what openapi.yaml marks as ours.
import { describe, expect, it } from 'vitest';
import { LOCAL_ONLY_FIELDS } from './reference-client.ts';

describe('what the reference does not judge', () => {
  it('is only the fields openapi.yaml marks as the local API’s own additions', () => {
    expect([...LOCAL_ONLY_FIELDS]).toEqual(['lastSignInDateTime']);
  });
});
