// Parses dotted IPv4 addresses and CIDR blocks into 32-bit numbers for ipAddress() conditions.
import type { Ipv4Cidr } from './types.ts';
import type { CidrReason } from './problems.ts';

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The address as an unsigned 32-bit number, or null when it is not a dotted IPv4 address. */
export function parseIpv4(text: string): number | null {
  const match = DOTTED.exec(text);
  if (!match) return null;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const part = match[i] ?? '';
    if (part.length > 1 && part.startsWith('0')) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

/** `10.0.0.0/24` or a single address (a /32). Null when malformed. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | null {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? '32' : text.slice(slash + 1);
  if (!/^\d{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > 32) return null;
  const base = parseIpv4(address);
  if (base === null) return null;
  return { base: maskOf(base, prefix), prefix };
}

function maskOf(address: number, prefix: number): number {
  if (prefix === 0) return 0;
  const hostBits = 2 ** (32 - prefix);
  return address - (address % hostBits);
}

export function cidrContains(cidr: Ipv4Cidr, address: number): boolean {
  return maskOf(address, cidr.prefix) === cidr.base;
}

/**
 * Why a text is not a CIDR block, or null when no single reason stands out. People type /33, 256 or
 * an IPv6 address more often than random text.
 */
export function cidrProblem(text: string): CidrReason | null {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  if (slash >= 0) {
    const prefix = text.slice(slash + 1);
    if (!/^\d+$/.test(prefix)) return { kind: 'prefixNotNumber', prefix };
    if (Number(prefix) > 32) return { kind: 'prefixTooLarge', prefix };
  }
  if (address.includes(':')) return { kind: 'ipv6' };
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) return { kind: 'notFourNumbers' };
  const big = parts.find((part) => Number(part) > 255);
  if (big !== undefined) return { kind: 'octetTooLarge', octet: big };
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) return { kind: 'leadingZero' };
  return null;
}
