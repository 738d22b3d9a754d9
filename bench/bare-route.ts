// The floor for `npm run bench`: a bare Fastify app, no plugins or hooks, answering getUser's and listUsers' paths
// with the same JSON bodies our server gave (serialised per request, as any route does).
//
// Usage: tsx bench/bare-route.ts <port> <file with {user, users}>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port = '0', bodiesFile = ''] = process.argv.slice(2);
const { user, users } = JSON.parse(readFileSync(bodiesFile, 'utf8')) as { user: unknown; users: unknown };
const app = Fastify({ logger: false });
app.get('/v1/operators/:operator_id/users/:user_name', async () => user);
app.get('/v1/operators/:operator_id/users', async () => users);
app.get('/ready', async () => ({ ok: true }));
await app.listen({ port: Number(port), host: '127.0.0.1' });
