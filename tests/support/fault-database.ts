// A PostgreSQL the fault tests may stop and start (tests/e2e/faults.spec.ts): the embedded one,
// in a folder and on a port of their own, run in a process of its own so that stopping it is a
// signal, as it is for a real server. Prints "ready <url>" once it accepts connections; stops
// PostgreSQL (a fast shutdown) on SIGTERM.
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error("usage: fault-database.ts <data dir> <port>");

const database = await startEmbeddedPostgres({ dataDir, port: Number(port), database: "claimdiff_faults" });
console.log(`ready ${database.url}`);
process.on("SIGTERM", () => {
  void database.stop().finally(() => process.exit(0));
});
