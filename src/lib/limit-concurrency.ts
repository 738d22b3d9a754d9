// A tiny concurrency gate, so a page of users asks for MFA statuses a few at a time instead of all at once (used by the shared user queries).
export function limitConcurrency(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  /** Runs `task` when a slot is free; a task whose signal aborts while it waits (its page was left) never starts. */
  return async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (active >= max) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', cancel);
          resolve();
        };
        const cancel = () => {
          const index = waiting.indexOf(start);
          if (index >= 0) waiting.splice(index, 1);
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        };
        if (signal?.aborted) {
          cancel();
          return;
        }
        signal?.addEventListener('abort', cancel, { once: true });
        waiting.push(start);
      });
    }
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
