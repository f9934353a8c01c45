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
