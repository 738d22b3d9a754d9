// Decides whether a parsed condition holds for one call; time is read in UTC and missing context counts as false.
import type { ConditionExpr, PermissionCall } from './types.ts';
import { cidrContains, parseIpv4 } from './ipv4.ts';

const DAY_MS = 86_400_000;

/** A value of a condition: strings, integers and instants (epoch ms); null is context the call lacks. */
type Value = string | number | boolean | null;

/** Per-call facts derived once, so evaluating many statements does not repeat them. */
export interface EvaluationContext {
  call: PermissionCall;
  nowMs: number;
  clientIp: number | null;
  method: string | null;
}

/** Dual-stack servers report IPv4 callers as `::ffff:a.b.c.d`; conditions speak IPv4. */
function withoutIpv4Mapping(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function createEvaluationContext(call: PermissionCall): EvaluationContext {
  const now = call.now instanceof Date ? call.now.getTime() : Date.now();
  return {
    call,
    nowMs: Number.isFinite(now) ? now : Number.NaN,
    clientIp: typeof call.clientIp === 'string' ? parseIpv4(withoutIpv4Mapping(call.clientIp)) : null,
    method: typeof call.method === 'string' ? call.method.toUpperCase() : null,
  };
}

function valueOf(expr: ConditionExpr, context: EvaluationContext): Value {
  switch (expr.type) {
    case 'string':
      return expr.value;
    case 'integer':
      return expr.value;
    case 'date':
    case 'dateTime':
      return expr.epochMs;
    case 'variable':
      switch (expr.name) {
        case 'currentDate':
          return Number.isNaN(context.nowMs)
            ? null
            : context.nowMs - (((context.nowMs % DAY_MS) + DAY_MS) % DAY_MS);
        case 'currentDateTime':
          // Whole seconds, as dateTime() can only name whole seconds.
          return Number.isNaN(context.nowMs) ? null : Math.floor(context.nowMs / 1000) * 1000;
        case 'samUserName':
          return typeof context.call.samUserName === 'string' ? context.call.samUserName : null;
      }
      return null;
    case 'pathVariable': {
      const variables = context.call.pathVariables;
      if (!variables || !Object.prototype.hasOwnProperty.call(variables, expr.name)) return null;
      const value: unknown = variables[expr.name];
      return typeof value === 'string' ? value : null;
    }
    default:
      return holds(expr, context);
  }
}

function compare(operator: string, left: Value, right: Value): boolean {
  if (left === null || right === null || typeof left !== typeof right) return false;
  switch (operator) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    default:
      return false;
  }
}

export function holds(expr: ConditionExpr, context: EvaluationContext): boolean {
  switch (expr.type) {
    case 'or':
      return holds(expr.left, context) || holds(expr.right, context);
    case 'and':
      return holds(expr.left, context) && holds(expr.right, context);
    case 'not':
      return !holds(expr.operand, context);
    case 'compare':
      return compare(expr.operator, valueOf(expr.left, context), valueOf(expr.right, context));
    case 'ipAddress': {
      const ip = context.clientIp;
      return ip !== null && expr.cidrs.some((cidr) => cidrContains(cidr, ip));
    }
    case 'httpMethod':
      return context.method !== null && expr.methods.includes(context.method);
    default:
      // A bare value is rejected by the parser; treat one that slips through as not holding.
      return false;
  }
}

export function evaluateCondition(expr: ConditionExpr, call: PermissionCall): boolean {
  try {
    return holds(expr, createEvaluationContext(call));
  } catch {
    return false;
  }
}
