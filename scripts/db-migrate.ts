// npm run db:migrate – the same as `claimdiff migrate`.
import { runCli } from "./cli";

// Exit explicitly: the embedded PostgreSQL package's exit hook would otherwise exit 0 (see cli.ts).
process.exit(await runCli(["migrate", ...process.argv.slice(2)]));
