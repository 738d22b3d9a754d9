// A SAM API that answers as sparingly as Soracom's spec allows: a real HTTP server in front of the local SAM API.
//
// It forwards every request to the local API and changes the answers in the three ways the console must cope with
// against the real Soracom API:
// - a successful write whose answer Soracom documents without a body is sent with no body at all;
// - error bodies are sent in Soracom's other documented shape, {errorMessage: {code, message}, httpStatus};
// - a refused sign-in says only that it was refused, with a code the console cannot know (no "MFA code needed").
//
// Run: npx tsx e2e/support/bare-upstream.ts <port> <target origin>, e.g. 8827 http://127.0.0.1:8817.
import { createServer, request as forward, type IncomingMessage } from 'node:http';

/** The writes whose 2xx answer Soracom documents with a body: the console needs those bodies (a token, a secret). */
const WRITES_WITH_BODY = [
  /^\/v1\/auth$/,
  /^\/v1\/operators\/[^/]+\/token$/,
  /^\/v1\/operators\/[^/]+\/users\/[^/]+\/auth_keys$/,
  /^\/v1\/operators\/[^/]+\/users\/[^/]+\/mfa$/,
];

export const UNKNOWN_SIGN_IN_CODE = 'UPS0401';

function keepsBody(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  return method === 'POST' && WRITES_WITH_BODY.some((pattern) => pattern.test(path));
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function nestedError(status: number, text: string, path: string): string {
  let code = 'UNKNOWN';
  let message = `HTTP ${status}`;
  try {
    const flat = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof flat.code === 'string') code = flat.code;
    if (typeof flat.message === 'string') message = flat.message;
  } catch {
    // Not JSON: keep the generic message.
  }
  if (path === '/v1/auth' && status === 401) {
    code = UNKNOWN_SIGN_IN_CODE;
    message = 'Sign-in was not accepted.';
  }
  return JSON.stringify({ errorMessage: { code, message }, httpStatus: status });
}

export function startBareUpstream(port: number, target: string) {
  const targetUrl = new URL(target);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readAll(incoming);
      const path = (incoming.url ?? '/').split('?')[0] ?? '/';
      const method = incoming.method ?? 'GET';
      const headers = { ...incoming.headers, host: targetUrl.host };
      delete headers['content-length'];
      // Plain answers only: this server reads and rewrites bodies, and sends them on without a content-encoding.
      delete headers['accept-encoding'];
      const upstream = forward(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          path: incoming.url,
          method,
          headers: { ...headers, 'content-length': String(body.length) },
        },
        (answer) => {
          void readAll(answer).then((answerBody) => {
            const status = answer.statusCode ?? 502;
            const type = answer.headers['content-type'] ?? 'application/json';
            if (status >= 400) {
              const text = nestedError(status, answerBody.toString('utf8'), path);
              outgoing.writeHead(status, {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(text),
              });
              outgoing.end(text);
            } else if (!keepsBody(method, path)) {
              outgoing.writeHead(status, { 'content-length': '0' });
              outgoing.end();
            } else {
              outgoing.writeHead(status, { 'content-type': type, 'content-length': answerBody.length });
              outgoing.end(answerBody);
            }
          });
        },
      );
      upstream.on('error', () => {
        outgoing.writeHead(502, { 'content-type': 'text/plain' });
        outgoing.end('upstream unreachable');
      });
      upstream.end(body);
    })();
  });
  server.listen(port, '127.0.0.1');
  return server;
}

// Started as a script (by the upstream Playwright config).
if (process.argv[1]?.endsWith('bare-upstream.ts')) {
  const [port, target] = process.argv.slice(2);
  if (!port || !target) throw new Error('usage: bare-upstream.ts <port> <target origin>');
  const server = startBareUpstream(Number(port), target);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`bare upstream on ${port}, forwarding to ${target}`);
}
