import "server-only";

/**
 * Sends `statement` and computes `compute()` while the database runs it: one turn of the event
 * loop lets the statement go out first, then this thread works instead of waiting. Returns what
 * `compute` returned, once the statement is done too (its failure, if any, is thrown here, and is
 * never left unhandled meanwhile). Statements of a transaction still run one after the other.
 * An import spends about as long in the database as in JavaScript, so each can hide the other.
 */
export async function computeWhileWriting<T>(statement: PromiseLike<unknown>, compute: () => T): Promise<T> {
  const written = Promise.resolve(statement);
  written.catch(() => {});
  await new Promise((resolve) => setImmediate(resolve));
  const result = compute();
  await written;
  return result;
}

/**
 * Work that may wait for a long statement to be sent: small pieces of JavaScript (a few
 * milliseconds each) done only while a statement given to `during` runs, one piece per turn of the
 * event loop, so they fill time this thread would wait anyway and never hold up a short statement
 * (run between statements, each piece would delay every reply of the database). What is left when
 * the caller is done is `left` (a bulk import leaves it to the steps that would do it anyway).
 */
export class WorkWhileWriting {
  private readonly pieces: (() => void)[] = [];

  add(pieces: readonly (() => void)[]): void {
    this.pieces.push(...pieces);
  }

  get left(): number {
    return this.pieces.length;
  }

  /** `computeWhileWriting(statement, first)`, then pieces of the work until the statement is done. */
  async during<T>(statement: PromiseLike<unknown>, first: () => T = () => undefined as T): Promise<T> {
    let done = false;
    const written = Promise.resolve(statement).finally(() => (done = true));
    written.catch(() => {});
    await new Promise((resolve) => setImmediate(resolve));
    const result = first();
    while (!done && this.pieces.length > 0) {
      this.pieces.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await written;
    return result;
  }
}
