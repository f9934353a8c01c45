// npm run db:migrate – the same as `claimdiff migrate`.
import { runCli } from "./cli";

process.exitCode = await runCli(["migrate", ...process.argv.slice(2)]);
