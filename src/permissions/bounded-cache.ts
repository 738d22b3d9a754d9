// A least-recently-used cache by string key, bounded by an estimate of the memory its entries hold.

/**
 * Keeps results keyed by their source text, dropping the least recently used once the estimated
 * bytes pass `maxBytes`. The estimate is the key's length times `bytesPerChar`: parsed permission
 * documents hold about that many bytes per character of text (measured by bench/memory-bound.ts).
 * An entry larger than the whole budget is computed but not kept.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly bytesPerChar: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used goes last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const bytes = (key.length + 64) * this.bytesPerChar;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes held, never above the budget. */
  get estimatedBytes(): number {
    return this.bytes;
  }
}
