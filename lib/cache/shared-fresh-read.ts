/**
 * One read shared by the callers that want it at once, without serving anyone an answer older
 * than their own arrival: a caller joins a read only if that read began after the caller came.
 * While a read of `key` is running (begun, perhaps, before a write the caller has just made), the
 * callers arriving meanwhile wait for the next read, one for all of them, which begins when the
 * running one ends. So a read sees every write committed before its callers asked, just as each
 * caller's own read would, and a hundred readers of one event cost two reads at a time, not a
 * hundred. No answer is kept once its read has ended.
 */
export class SharedFreshRead<T> {
  private readonly reads = new Map<string, { running: Promise<T>; next: { promise: Promise<T>; start: () => void } | null }>();

  /** The answer of a `read` of `key` begun no earlier than this call. */
  get(key: string, read: () => Promise<T>): Promise<T> {
    const state = this.reads.get(key);
    if (!state) return this.begin(key, read);
    if (!state.next) {
      let start!: () => void;
      const promise = new Promise<T>((resolve, reject) => {
        start = () => this.begin(key, read).then(resolve, reject);
      });
      state.next = { promise, start };
    }
    return state.next.promise;
  }

  private begin(key: string, read: () => Promise<T>): Promise<T> {
    let running: Promise<T>;
    try {
      running = read();
    } catch (error) {
      running = Promise.reject(error as Error);
    }
    const state = { running, next: null as { promise: Promise<T>; start: () => void } | null };
    this.reads.set(key, state);
    const end = () => {
      if (this.reads.get(key) !== state) return;
      this.reads.delete(key);
      // Those who came while this read ran get one that begins now.
      state.next?.start();
    };
    running.then(end, end);
    return running;
  }

  /** How many keys are being read now (for tests). */
  get size(): number {
    return this.reads.size;
  }
}
