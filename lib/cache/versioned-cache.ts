/**
 * An in-process cache of values that are expensive to build and cheap to version: each entry is
 * stored under its key and the version it was built at, and is served only while the caller asks
 * with the same version (so a change, which changes the version, is seen by the very next read).
 * The promise is stored, not its value, so readers arriving together while an entry is built wait
 * for that one build instead of each starting their own; a build that fails is forgotten.
 * Least recently used entries are dropped past `limit`, which bounds memory on a long-running server.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly limit: number) {}

  /** The value under `key` built at `version`, building it with `build` when missing or older. */
  get(key: string, version: string, build: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) {
      // Map keeps insertion order: taking the entry out and in again marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const value = build();
    const fresh = { version, value };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
