// The templates are valid documents that name real operations and do what their labels say.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzePermission,
  broadGrantsAdded,
  evaluateCall,
  loadCatalogue,
  type ApiCatalogue,
} from '../../permissions/index.ts';
import { PERMISSION_TEMPLATES, findTemplate } from './permission-templates.ts';

let catalogue: ApiCatalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

function template(id: string): string {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found.text;
}

function allowed(
  text: string,
  api: string,
  context: { samUserName?: string; pathVariables?: Record<string, string>; clientIp?: string } = {},
) {
  return evaluateCall({ user: text }, { api, ...context }).allowed;
}

describe('PERMISSION_TEMPLATES', () => {
  it('are valid, pretty-printed documents without warnings, under unique ids', () => {
    expect(new Set(PERMISSION_TEMPLATES.map((t) => t.id)).size).toBe(PERMISSION_TEMPLATES.length);
    for (const t of PERMISSION_TEMPLATES) {
      const analysis = analyzePermission(t.text, { catalogue });
      expect(analysis.diagnostics, t.id).toEqual([]);
      expect(analysis.valid, t.id).toBe(true);
      expect(t.text).toBe(JSON.stringify(JSON.parse(t.text), null, 2));
    }
  });

  it('offer the common cases', () => {
    expect(PERMISSION_TEMPLATES.map((t) => t.label)).toEqual(
      expect.arrayContaining([
        'Full access',
        'Read-only',
        'Billing only',
        'Change own password',
        'SIM operator',
      ]),
    );
  });

  it('full access allows everything and counts as a broad grant', () => {
    expect(catalogue.operations.every((operation) => allowed(template('full-access'), operation.api))).toBe(
      true,
    );
    expect(broadGrantsAdded(null, template('full-access'))).toEqual(
      expect.arrayContaining(['*', 'User:*', 'Role:*', 'Operator:*']),
    );
  });

  it('read-only allows exactly the get* and list* operations', () => {
    const text = template('read-only');
    // Its description names what it leaves out, and what it leaves out is indeed denied.
    expect(findTemplate('read-only')?.description).toContain('Query:search*');
    expect(allowed(text, 'Query:searchSims')).toBe(false);
    for (const operation of catalogue.operations) {
      expect(allowed(text, operation.api), operation.api).toBe(/^(get|list)/.test(operation.operationId));
    }
  });

  it('billing only stays within Billing and Payment', () => {
    const text = template('billing-only');
    expect(allowed(text, 'Billing:getBilling')).toBe(true);
    expect(allowed(text, 'Payment:listPaymentStatements')).toBe(true);
    expect(allowed(text, 'Sim:listSims')).toBe(false);
    expect(allowed(text, 'User:listUsers')).toBe(false);
  });

  it('change own password allows updateUserPassword for oneself only', () => {
    const text = template('change-own-password');
    expect(
      allowed(text, 'User:updateUserPassword', {
        samUserName: 'alice',
        pathVariables: { user_name: 'alice' },
      }),
    ).toBe(true);
    expect(
      allowed(text, 'User:updateUserPassword', { samUserName: 'alice', pathVariables: { user_name: 'bob' } }),
    ).toBe(false);
    // What the console's password tab calls before it offers the change, for oneself only.
    for (const api of ['User:getUser', 'User:hasUserPassword']) {
      expect(allowed(text, api, { samUserName: 'alice', pathVariables: { user_name: 'alice' } }), api).toBe(
        true,
      );
      expect(allowed(text, api, { samUserName: 'alice', pathVariables: { user_name: 'bob' } }), api).toBe(
        false,
      );
    }
    expect(
      catalogue.operations
        .filter((operation) =>
          allowed(text, operation.api, { samUserName: 'alice', pathVariables: { user_name: 'alice' } }),
        )
        .map((operation) => operation.api),
    ).toEqual(['User:getUser', 'User:hasUserPassword', 'User:updateUserPassword']);
    expect(
      allowed(text, 'User:createUserPassword', {
        samUserName: 'alice',
        pathVariables: { user_name: 'alice' },
      }),
    ).toBe(false);
  });

  it('SIM operator manages SIMs but cannot terminate them or touch users', () => {
    const text = template('sim-operator');
    expect(allowed(text, 'Sim:listSims')).toBe(true);
    expect(allowed(text, 'Subscriber:activateSubscriber')).toBe(true);
    expect(allowed(text, 'Sim:terminateSim')).toBe(false);
    expect(allowed(text, 'User:createUser')).toBe(false);
    expect(broadGrantsAdded(null, text)).toEqual([]);
  });

  it('the office-network template needs the office address', () => {
    const text = template('office-network-only');
    expect(allowed(text, 'Sim:listSims', { clientIp: '192.0.2.44' })).toBe(true);
    expect(allowed(text, 'Sim:listSims', { clientIp: '198.51.100.1' })).toBe(false);
    expect(allowed(text, 'Sim:listSims')).toBe(false);
  });
});
