// Which users were just created in this tab and still show "Next steps" on their page, until dismissed.
//
// Kept in sessionStorage (the tab's own, so a reload keeps the panel and another tab does not show it), one entry per
// operator and user name; names only, never a secret. The panel records a user when it opens after the create, and
// follows the store with useSyncExternalStore.

const STORAGE_KEY = 'sam-console.next-steps';
/** Enough for a busy afternoon of creating users; the oldest go first. */
const KEEP = 20;

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: readonly string[] = [];
/** Where the entries live when sessionStorage cannot be used. */
let memory: string | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be switched off: the panel then lasts as long as the page.
    return null;
  }
}

function readRaw(): string | null {
  const store = storage();
  return store ? store.getItem(STORAGE_KEY) : memory;
}

function entries(): readonly string[] {
  const raw = readRaw();
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    cached = Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    cached = [];
  }
  return cached;
}

function write(next: readonly string[]): void {
  const raw = JSON.stringify(next.slice(-KEEP));
  const store = storage();
  if (store) store.setItem(STORAGE_KEY, raw);
  else memory = raw;
  for (const listener of listeners) listener();
}

const entryOf = (operatorId: string, userName: string) => `${operatorId}/${userName}`;

/** After creating a user: their page shows the next steps until they are dismissed. */
export function offerNextSteps(operatorId: string, userName: string): void {
  const entry = entryOf(operatorId, userName);
  write([...entries().filter((item) => item !== entry), entry]);
}

export function dismissNextSteps(operatorId: string, userName: string): void {
  const entry = entryOf(operatorId, userName);
  write(entries().filter((item) => item !== entry));
}

export function subscribeNextSteps(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the user's page shows the next steps. */
export function nextStepsOffered(operatorId: string, userName: string): boolean {
  return entries().includes(entryOf(operatorId, userName));
}
