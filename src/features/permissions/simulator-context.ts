// The simulator's form values and how they become a call for the engine to evaluate.
import type { ApiCatalogue, PermissionCall } from '../../permissions/index.ts';
import { messages } from '../../i18n/i18n-store.ts';

export interface SimulatorValues {
  api: string;
  method: string;
  /** Values typed for the operation's path variables, by name; names the operation lacks are ignored. */
  pathVariables: Readonly<Record<string, string>>;
  clientIp: string;
  /** `YYYY-MM-DDTHH:mm` as a datetime-local input gives it, read as UTC. */
  time: string;
  samUserName: string;
}

export interface SimulatorProblems {
  api?: string;
  clientIp?: string;
  time?: string;
}

export interface SimulatedCall {
  call: PermissionCall;
  problems: SimulatorProblems;
  /** Path variables of the operation (from its catalogue path), in path order. */
  variables: readonly string[];
}

// Every method httpMethod() accepts, so an operation such as FileEntry:getFileMetadata (HEAD) shows the method it is evaluated with.
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** Reads a datetime-local value as UTC; null when it is not a real date and time. */
export function parseUtcTime(value: string): Date | null {
  const match = LOCAL_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const ms = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  const date = new Date(ms);
  // Date.UTC rolls 2026-02-31 over into March: a date that does not exist is refused instead.
  if (Number.isNaN(ms) || date.getUTCMonth() !== (month ?? 1) - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A Date as the `YYYY-MM-DDTHH:mm` (UTC) a datetime-local input shows. */
export function toUtcInputValue(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/**
 * Builds the call to evaluate. Context that is empty or malformed is left out of the call, so the
 * conditions that need it are false (as the engine treats missing context), and the problem is
 * reported for the form to show.
 */
export function buildSimulatedCall(
  values: SimulatorValues,
  catalogue: ApiCatalogue,
  fallbackNow: Date,
): SimulatedCall {
  const problems: SimulatorProblems = {};
  const api = values.api.trim();
  const m = messages().permissions.simulator.problems;
  if (api === '') problems.api = m.chooseOperation;
  else if (!catalogue.get(api)) problems.api = m.unknownOperation({ api });

  const variables = catalogue.pathVariables(api);
  const pathVariables: Record<string, string> = {};
  for (const name of variables) {
    const value = values.pathVariables[name]?.trim() ?? '';
    if (value !== '') pathVariables[name] = value;
  }

  const call: PermissionCall = {
    api,
    method: values.method || catalogue.get(api)?.method || 'GET',
    pathVariables,
  };

  const ip = values.clientIp.trim();
  if (ip !== '') {
    if (isIpv4(ip)) call.clientIp = ip;
    else problems.clientIp = m.ip;
  }

  const time = values.time.trim();
  if (time === '') call.now = fallbackNow;
  else {
    const parsed = parseUtcTime(time);
    if (parsed) call.now = parsed;
    else {
      problems.time = m.time;
      call.now = fallbackNow;
    }
  }

  const user = values.samUserName.trim();
  if (user !== '') call.samUserName = user;

  return { call, problems, variables };
}

/**
 * The path variables to prefill when an operation is chosen: the user being edited for
 * `user_name` and the signed-in operator for `operator_id`, keeping what was typed before.
 */
export function prefillPathVariables(
  variables: readonly string[],
  typed: Readonly<Record<string, string>>,
  known: { userName?: string; operatorId?: string },
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const name of variables) {
    const previous = typed[name];
    if (previous !== undefined && previous !== '') next[name] = previous;
    else if (name === 'user_name' && known.userName) next[name] = known.userName;
    else if (name === 'operator_id' && known.operatorId) next[name] = known.operatorId;
    else next[name] = '';
  }
  return next;
}
