// A thread of the extraction pool (lib/worker/extract-on-threads.ts): finds the claims of the
// texts it is sent. Plain JavaScript so that it starts under any runner; it loads the extractor
// bundled as one module when the pool passes one (lib/worker/extractor-bundle.ts), else the
// TypeScript through tsx, as the processes that start it do.
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const bundle = workerData?.bundle;
const { extractClaims } = bundle
  ? await import(pathToFileURL(bundle).href)
  : await (await import("tsx/esm/api")).tsImport("../extract/index.ts", import.meta.url);

parentPort.on("message", ({ id, inputs }) => {
  try {
    parentPort.postMessage({ id, results: inputs.map((input) => extractClaims(input.text, input.context)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
