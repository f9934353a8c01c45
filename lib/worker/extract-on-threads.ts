import "server-only";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { extractClaims, type ClaimCandidate } from "../extract";
import type { ArticleContext } from "../extract/schema";
import { extractorBundle } from "./extractor-bundle";

export type ExtractInput = { text: string; context: ArticleContext };

/**
 * Below this much text the threads cost more than they save: each loads and compiles the
 * extractor first (1.5–2 s on a busy 2-core machine), while one thread reads about 3 MB a second
 * (bench:import measured 6 MB inline in 4 s, on 2 threads in 7 s).
 */
export const MIN_BYTES_FOR_THREADS = 16_000_000;
/** Articles sent to a thread at a time: small enough that the threads finish together. */
const CHUNK = 20;

/**
 * Finds the claims of many texts on worker threads, one per core: the same `extractClaims` on
 * each text, so the result is the same as in one thread, in the same order. Less than
 * `minBytes` of text, or a machine with one core, is read in this thread. For the job worker and the CLI; pages never
 * start threads.
 */
export async function extractOnThreads(
  inputs: readonly ExtractInput[],
  options: { threads?: number; minBytes?: number } = {},
): Promise<ClaimCandidate[][]> {
  const threads = options.threads ?? os.availableParallelism();
  const bytes = inputs.reduce((sum, input) => sum + input.text.length, 0);
  if (threads < 2 || bytes < (options.minBytes ?? MIN_BYTES_FOR_THREADS)) return inputs.map((input) => extractClaims(input.text, input.context));
  const results: ClaimCandidate[][] = new Array(inputs.length);
  let next = 0;
  const bundle = await extractorBundle();
  const pool = Array.from(
    { length: Math.min(threads, Math.ceil(inputs.length / CHUNK)) },
    () => new Worker(new URL("./extract-thread.mjs", import.meta.url), { workerData: { bundle }, execArgv: bundle ? plainExecArgv() : undefined }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= inputs.length) return resolve();
              const id = next;
              next += CHUNK;
              worker.postMessage({ id, inputs: inputs.slice(id, id + CHUNK) });
            };
            worker.on("message", (message: { id: number; results?: ClaimCandidate[][]; error?: string }) => {
              if (message.error !== undefined || !message.results) return reject(new Error(`extraction thread: ${message.error}`));
              message.results.forEach((result, i) => (results[message.id + i] = result));
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => (next < inputs.length || code !== 0) && reject(new Error(`extraction thread stopped (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * The process's flags for a thread that loads the bundled extractor: without tsx's loader, which
 * would register its hooks in the thread for nothing (a third of the thread's start), but with the
 * export conditions the packages are resolved by.
 */
function plainExecArgv(): string[] {
  const args = process.execArgv;
  return args.flatMap((arg, i) => (arg.startsWith("--conditions=") ? [arg] : (arg === "--conditions" || arg === "-C") && args[i + 1] ? [arg, args[i + 1]!] : []));
}
