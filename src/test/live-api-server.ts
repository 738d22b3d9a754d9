// Runs the local SAM API on a fresh database and an ephemeral port for jsdom component tests, in its own process
// (Vite's browser transform, which jsdom tests get, cannot load the server's Node modules).
import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../../server/test-support.ts';

const test = await buildTestApp();
await test.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = test.app.server.address() as AddressInfo;
// One line the parent reads: where the server is and how to sign in as root.
process.stdout.write(
  `${JSON.stringify({ port, operatorId: test.operatorId, email: test.root.email, password: test.root.password })}\n`,
);

async function stop() {
  await test.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// The parent closing our stdin (it exited or crashed) also ends us, so no server outlives its tests.
process.stdin.on('end', () => void stop());
process.stdin.resume();
