/**
 * Values worked out from an object that is shared and never changed, such as a page kept under an
 * event's read version (see readEventOverview) and handed to every reader: each is built once per
 * object, not once per request, and goes when the object does (a WeakMap holds it). `deps` are the
 * other inputs the value was built from, compared by identity: a different one builds it afresh.
 * Inputs that the object already implies (the filters a page was loaded for) need not be listed.
 */
export class ObjectMemo<K extends object, V> {
  private readonly entries = new WeakMap<K, { deps: readonly unknown[]; value: V }>();

  /** The value built for `key` and `deps`, building it with `build` when missing or built from other deps. */
  get(key: K, deps: readonly unknown[], build: () => V): V {
    const entry = this.entries.get(key);
    if (entry && entry.deps.length === deps.length && entry.deps.every((dep, i) => dep === deps[i])) return entry.value;
    const value = build();
    this.entries.set(key, { deps, value });
    return value;
  }
}
