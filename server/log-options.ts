// The logger the app is built with: quiet by default, and no secret ever reaches a log line.
import type { DestinationStream } from 'pino';

/** false (default), true, or pino options: `{ level, stream }` (tests capture the stream). */
export type LogSetting = boolean | { level?: string; stream?: DestinationStream };

// The auth headers and any body field that may carry a secret are censored before writing.
const REDACTED_PATHS = [
  'req.headers["x-soracom-api-key"]',
  'req.headers["x-soracom-token"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
  'body',
  'password',
  'authKey',
  'token',
  'apiKey',
  'totpUri',
  'mfaOTPCode',
];

/** Fastify's `logger` option for a setting. */
export function loggerOptions(logger: LogSetting | undefined) {
  if (!logger) return false;
  const settings = logger === true ? {} : logger;
  return {
    level: settings.level ?? 'warn',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(settings.stream ? { stream: settings.stream } : {}),
  };
}
