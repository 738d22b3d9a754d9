// Component tests talk to the real local SAM API: a server process on a fresh database and an ephemeral port, signed in as root.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auth, configureApi, sessionFromSignIn, writeSession } from '../api/index.ts';

export interface LiveApi {
  origin: string;
  operatorId: string;
  close(): Promise<void>;
}

interface Ready {
  port: number;
  operatorId: string;
  email: string;
  password: string;
}

/**
 * Starts the server (src/test/live-api-server.ts under tsx), points the API module at it and
 * stores a root session in sessionStorage, as the sign-in page would.
 */
export async function startLiveApi(): Promise<LiveApi> {
  // Not `new URL(..., import.meta.url)`: Vite rewrites that pattern into an asset URL for browser code.
  const script = join(dirname(fileURLToPath(import.meta.url)), 'live-api-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = await new Promise<Ready>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(JSON.parse(line) as Ready));
    child.once('exit', (code) => reject(new Error(`the test server exited early (code ${code})`)));
    child.once('error', reject);
  });
  const origin = `http://127.0.0.1:${ready.port}`;
  configureApi({ origin });
  const answer = await auth({ email: ready.email, password: ready.password });
  writeSession(sessionFromSignIn(answer, 'root', ready.email));
  return {
    origin,
    operatorId: ready.operatorId,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
