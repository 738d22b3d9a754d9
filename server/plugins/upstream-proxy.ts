// Upstream mode: /v1 is forwarded to Soracom's API (or any SAM-compatible base URL); nothing is stored locally.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import httpProxy from '@fastify/http-proxy';
import { API_PREFIX } from '../api-prefix.ts';

export interface Upstream {
  url: string;
  coverage: 'jp' | 'g' | 'custom';
}

const UPSTREAMS: Record<'jp' | 'g', string> = {
  jp: 'https://api.soracom.io/v1',
  g: 'https://g.api.soracom.io/v1',
};

function isCoverage(value: string): value is 'jp' | 'g' {
  return value === 'jp' || value === 'g';
}

/** The upstream's API base URL and coverage; a URL without a path means its /v1. */
export function resolveUpstream(value: string): Upstream {
  if (isCoverage(value)) return { url: UPSTREAMS[value], coverage: value };
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SAM_UPSTREAM must be jp, g or an http(s) URL: ${value}`);
  const path = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${path === '' ? API_PREFIX : path}`, coverage: 'custom' };
}

export const upstreamProxyPlugin = fp(
  async (app: FastifyInstance, { upstream }: { upstream: Upstream }) => {
    const target = new URL(upstream.url);
    await app.register(httpProxy, {
      upstream: target.origin,
      prefix: API_PREFIX,
      rewritePrefix: target.pathname,
      http2: false,
    });
  },
  { name: 'upstream-proxy' },
);
