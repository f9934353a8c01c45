/**
 * Answers of a pure function kept per key, forgotten all at once when `cap` keys are held: a
 * long-running server reading endless text keeps bounded memory, and the words it meets often are
 * worked out again once after each clearing (cheaper than an LRU's bookkeeping on every hit, which
 * hot readers would pay per word). Any value may be kept, undefined and null included.
 */
export class CappedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly cap: number) {}

  /**
   * The answer kept for `key`, else `compute(key, input)`, kept. `input` is the rest of what
   * `compute` reads (a language, a lexicon): handed through so that a hot caller need not make a
   * closure per call. It must not change the answer for a key (the caller keeps one memo per input
   * that would).
   */
  get<I>(key: K, input: I, compute: (key: K, input: I) => V): V {
    const kept = this.entries.get(key);
    if (kept !== undefined || this.entries.has(key)) return kept as V;
    const value = compute(key, input);
    if (this.entries.size >= this.cap) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  /** Forget every answer (for timings of a first sight). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * One CappedMemo per owner object (a compiled lexicon), gone when the owner is. The owner asked
 * about last is held apart: readers ask about one lexicon many times in a row, and a WeakMap lookup
 * per word costs more than many a kept answer saves.
 */
export class CappedMemoPerOwner<O extends object, K, V> {
  private readonly memos = new WeakMap<O, CappedMemo<K, V>>();
  private lastOwner: O | null = null;
  private lastMemo: CappedMemo<K, V> | null = null;

  constructor(private readonly cap: number) {}

  /** `owner`'s memo (see CappedMemo.get), made on first use. */
  of(owner: O): CappedMemo<K, V> {
    if (owner === this.lastOwner) return this.lastMemo!;
    let memo = this.memos.get(owner);
    if (!memo) this.memos.set(owner, (memo = new CappedMemo(this.cap)));
    this.lastOwner = owner;
    this.lastMemo = memo;
    return memo;
  }
}
