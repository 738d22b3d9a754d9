// Child processes for the benchmark: servers and load generators each in their own process, waited for over HTTP, measured from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every child the run started and has not stopped yet: stopped on exit, whatever happens. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) if (child.exitCode === null && child.pid) killGroup(child.pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export interface Started {
  child: ChildProcess;
  pid: number;
  /** What it printed (stdout and stderr), for error messages. */
  output(): string;
  /** SIGTERM to its process group, SIGKILL after 5 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** Starts a command in its own process group (so that stopping it stops its children too). */
export function start(command: string, args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
}

/** Polls a URL until it answers `status`; the milliseconds from `since` to that answer. */
export async function waitForStatus(
  started: Started,
  url: string,
  status = 200,
  since = performance.now(),
  timeoutMs = 180_000,
): Promise<number> {
  for (;;) {
    if (started.child.exitCode !== null) throw new Error(`${url}: the process exited:\n${started.output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === status) return performance.now() - since;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - since > timeoutMs)
      throw new Error(`${url} did not answer ${status}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's closing parenthesis: state, then the parent's PID.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) kids.push(Number(entry));
    } catch {
      // Exited meanwhile.
    }
  }
  return kids;
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMiB(pid: number): number {
  let kib = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() ?? 0;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      continue;
    }
    stack.push(...childrenOf(current));
  }
  return kib / 1024;
}
