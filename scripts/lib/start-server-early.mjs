// Loaded by `npm start` with --import before tsx: plain JavaScript, so that the app's server (the
// bundle an earlier start made, see server-bundle.ts) starts at once, while tsx and start.ts load
// (about a CPU second). It does not listen until start.ts has the database ready and has checked
// the build: start.ts stops it when the build or the bundle was stale and starts a fresh one.
// The database's address and the auth secret come with start.ts's "database-ready" message.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { serverNodeFlags } from "./server-node-flags.mjs";

const root = path.join(import.meta.dirname, "../..");
const bundle = path.join(root, ".next/claimdiff/serve.mjs");

if (existsSync(bundle)) {
  // Both processes count their timeline (CLAIMDIFF_TIMELINE=1, timeline.ts) from this moment.
  process.env.CLAIMDIFF_TIMELINE_ORIGIN ??= String(performance.timeOrigin);
  globalThis.claimdiffEarlyServer = spawn(process.execPath, [...serverNodeFlags(), bundle], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CLAIMDIFF_PRELOAD_ROUTES: "0" },
  });
}
