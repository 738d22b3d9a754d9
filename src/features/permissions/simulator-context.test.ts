// Building the simulated call from the form: path variables from the catalogue, IPv4 and UTC time checked, prefills.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCall, loadCatalogue, type ApiCatalogue } from '../../permissions/index.ts';
import {
  buildSimulatedCall,
  isIpv4,
  parseUtcTime,
  prefillPathVariables,
  toUtcInputValue,
  type SimulatorValues,
} from './simulator-context.ts';

let catalogue: ApiCatalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const NOW = new Date('2026-11-28T10:00:00Z');
const base: SimulatorValues = {
  api: 'User:updateUserPassword',
  method: 'PUT',
  pathVariables: {},
  clientIp: '',
  time: '',
  samUserName: '',
};

describe('buildSimulatedCall', () => {
  it('takes the path variables from the operation’s path and ignores others', () => {
    const { call, variables, problems } = buildSimulatedCall(
      {
        ...base,
        pathVariables: { operator_id: 'OP1', user_name: 'alice', stray: 'x' },
        samUserName: 'alice',
      },
      catalogue,
      NOW,
    );
    expect(variables).toEqual(['operator_id', 'user_name']);
    expect(call).toEqual({
      api: 'User:updateUserPassword',
      method: 'PUT',
      pathVariables: { operator_id: 'OP1', user_name: 'alice' },
      now: NOW,
      samUserName: 'alice',
    });
    expect(problems).toEqual({});
  });

  it('leaves out malformed context and says why, so conditions that need it are false', () => {
    const { call, problems } = buildSimulatedCall(
      { ...base, clientIp: '10.0.0.300', time: '2026-02-31T10:00' },
      catalogue,
      NOW,
    );
    expect(call.clientIp).toBeUndefined();
    expect(call.now).toBe(NOW);
    expect(problems.clientIp).toMatch(/IPv4/);
    expect(problems.time).toBeDefined();
    const ipOnly =
      '{"statements": [{"effect": "allow", "api": "*", "condition": "ipAddress(\'10.0.0.0/8\')"}]}';
    expect(evaluateCall({ user: ipOnly }, call).allowed).toBe(false);
  });

  it('reads the time as UTC and the address as given', () => {
    const { call } = buildSimulatedCall(
      { ...base, clientIp: ' 10.1.2.3 ', time: '2027-01-02T03:04' },
      catalogue,
      NOW,
    );
    expect(call.clientIp).toBe('10.1.2.3');
    expect(call.now?.toISOString()).toBe('2027-01-02T03:04:00.000Z');
    const later =
      '{"statements": [{"effect": "allow", "api": "*", "condition": "currentDate >= date(2027, 1, 1)"}]}';
    expect(evaluateCall({ user: later }, call).allowed).toBe(true);
    expect(evaluateCall({ user: later }, { ...call, now: NOW }).allowed).toBe(false);
  });

  it('flags an empty or unknown operation, and falls back to the catalogue’s method', () => {
    expect(buildSimulatedCall({ ...base, api: '  ' }, catalogue, NOW).problems.api).toBe(
      'Choose an operation.',
    );
    const unknown = buildSimulatedCall({ ...base, api: 'OAuth2:authorize', method: '' }, catalogue, NOW);
    expect(unknown.problems.api).toMatch(/not in the API catalogue/);
    expect(unknown.call.method).toBe('GET');
    expect(
      buildSimulatedCall({ ...base, api: 'User:createUser', method: '' }, catalogue, NOW).call.method,
    ).toBe('POST');
  });
});

describe('time and address helpers', () => {
  it('round-trip a datetime-local value in UTC', () => {
    expect(toUtcInputValue(new Date('2026-11-28T16:05:59Z'))).toBe('2026-11-28T16:05');
    expect(parseUtcTime('2026-11-28T16:05')?.toISOString()).toBe('2026-11-28T16:05:00.000Z');
    expect(parseUtcTime('2026-11-28T16:05:30')?.toISOString()).toBe('2026-11-28T16:05:30.000Z');
    expect(parseUtcTime('yesterday')).toBeNull();
  });

  it('accept dotted IPv4 only', () => {
    expect(isIpv4('192.0.2.1')).toBe(true);
    expect(isIpv4('0.0.0.0')).toBe(true);
    expect(isIpv4('256.0.0.1')).toBe(false);
    expect(isIpv4('01.2.3.4')).toBe(false);
    expect(isIpv4('::1')).toBe(false);
  });
});

describe('prefillPathVariables', () => {
  it('fills user_name and operator_id, keeps what was typed and drops variables the operation lacks', () => {
    expect(
      prefillPathVariables(
        ['operator_id', 'user_name', 'auth_key_id'],
        { auth_key_id: 'keyId-1', stray: 'x' },
        { userName: 'alice', operatorId: 'OP1' },
      ),
    ).toEqual({ operator_id: 'OP1', user_name: 'alice', auth_key_id: 'keyId-1' });
    expect(prefillPathVariables(['user_name'], { user_name: 'bob' }, { userName: 'alice' })).toEqual({
      user_name: 'bob',
    });
    expect(prefillPathVariables(['user_name'], {}, {})).toEqual({ user_name: '' });
  });
});
