// `npm run serve` (each instance of a deployment): scripts/serve.ts under tsx, started with the
// server's Node flags from server-node-flags.mjs, where `npm start` takes them too, so both servers
// run with the same heap and an operator's NODE_OPTIONS wins in both. Node reads these flags only
// when it starts, so serve.ts cannot set them itself: this process starts it and passes signals on,
// as the `tsx` command it replaces did (tsx too ran the script in a child process).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { serverNodeFlags } from "./server-node-flags.mjs";

const root = path.join(import.meta.dirname, "../..");
const server = spawn(process.execPath, [...serverNodeFlags(), "--import", "tsx", path.join(root, "scripts/serve.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});

// serve.ts stops gracefully on SIGTERM and SIGINT, and stops once when told twice (Ctrl-C reaches
// both processes of the terminal's group).
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 1)));
