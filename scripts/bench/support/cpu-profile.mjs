// Loaded into each of the app's processes with `--import` (NODE_OPTIONS) when a server benchmark
// runs with `--cpu-prof DIR`: profiles the whole process with V8's sampling profiler and writes
// DIR/<script>-<pid>.cpuprofile when it exits. Node refuses `--cpu-prof` itself in NODE_OPTIONS,
// and the server is a grandchild of the benchmark (scripts/start.ts spawns scripts/serve.ts), so
// the flag cannot be put on its command line from here. Plain JavaScript: it loads before tsx.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

const dir = process.env.CLAIMDIFF_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  // An in-process session answers synchronously, so the profile is written before the exit.
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      const script = path.basename(process.argv[1] ?? "node").replace(/\.[cm]?[jt]s$/, "");
      writeFileSync(path.join(dir, `${script}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
