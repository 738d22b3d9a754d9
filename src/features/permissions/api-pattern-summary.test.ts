// The hover text: how many operations a wildcard covers, what an exact name calls, and unknown names.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type ApiCatalogue } from '../../permissions/index.ts';
import { describeApiPattern } from './api-pattern-summary.ts';
import { apiCompletions } from './permission-editor-extensions.ts';

let catalogue: ApiCatalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('describeApiPattern', () => {
  it('counts what a wildcard covers, with a few examples', () => {
    const billing = catalogue.operations.filter((operation) => operation.group === 'Billing');
    const text = describeApiPattern('Billing:*', catalogue);
    expect(text).toMatch(
      new RegExp(`^Billing:\\* covers ${billing.length} operations of ${catalogue.operations.length}: `),
    );
    expect(text).toContain(billing[0]?.api);
    expect(text).toContain(`and ${billing.length - 4} more.`);
    expect(describeApiPattern('*', catalogue)).toBe(
      `* covers all ${catalogue.operations.length} operations.`,
    );
    expect(describeApiPattern('User:listUser*', catalogue)).toMatch(
      /^User:listUser\* covers 2 operations of \d+: User:listUserAuthKeys, User:listUsers\.$/,
    );
    expect(describeApiPattern('Nothing:*', catalogue)).toBe(
      'Nothing:* matches no operation in the API catalogue.',
    );
  });

  it('gives the method and path of an exact name, and says when a name is unknown', () => {
    expect(describeApiPattern('User:listUsers', catalogue)).toBe(
      'User:listUsers: GET /v1/operators/{operator_id}/users',
    );
    expect(describeApiPattern('OAuth2:authorize', catalogue)).toBe(
      'OAuth2:authorize is not in the API catalogue.',
    );
  });
});

describe('apiCompletions', () => {
  it('offers *, every group wildcard and every operation', () => {
    const labels = apiCompletions(catalogue).map((option) => option.label);
    expect(labels[0]).toBe('*');
    expect(labels).toContain('Sim:*');
    expect(labels).toContain('User:updateUserPassword');
    expect(labels).toHaveLength(1 + catalogue.groups.length + catalogue.operations.length);
  });
});
