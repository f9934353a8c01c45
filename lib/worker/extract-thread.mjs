// A thread of the extraction pool (lib/worker/extract-on-threads.ts): finds the claims of the
// texts it is sent. Plain JavaScript so that it starts under any runner; it loads the TypeScript
// extractor through tsx, as the processes that start it do.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { extractClaims } = await tsImport("../extract/index.ts", import.meta.url);

parentPort.on("message", ({ id, inputs }) => {
  try {
    parentPort.postMessage({ id, results: inputs.map((input) => extractClaims(input.text, input.context)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
