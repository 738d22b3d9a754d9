// The load side of bench/hardening.ts, in its own process: wrong passwords for one account, from 127.0.0.2.
//
// Usage: tsx bench/flood-worker.ts <base URL> <operatorId> <userName> <connections> <seconds> <max requests>
// Prints one JSON line: how many answers of each status it got.
import { Agent, request } from 'node:http';

const [base = '', operatorId = '', userName = '', connections = '50', seconds = '10', maxRequests = '20000'] =
  process.argv.slice(2);
const url = new URL(`${base}/auth`);
// Another loopback address: the flood and the measured sign-ins are different clients.
const agent = new Agent({ keepAlive: true, maxSockets: Number(connections), localAddress: '127.0.0.2' });
const deadline = Date.now() + Number(seconds) * 1000;
const limit = Number(maxRequests);
const statuses: Record<string, number> = {};
let sent = 0;

function once(): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ operatorId, userName, password: `wrong-${sent}` });
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const key = String(res.statusCode);
          statuses[key] = (statuses[key] ?? 0) + 1;
          resolve();
        });
      },
    );
    req.on('error', () => {
      statuses.error = (statuses.error ?? 0) + 1;
      resolve();
    });
    req.end(body);
  });
}

async function lane(): Promise<void> {
  while (Date.now() < deadline && sent < limit) {
    sent += 1;
    await once();
  }
}

await Promise.all(Array.from({ length: Number(connections) }, lane));
agent.destroy();
console.log(JSON.stringify({ sent, statuses }));
