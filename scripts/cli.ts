// claimdiff – the command line: import articles, export an event, load the demo.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { demoCommand } from "./commands/demo";
import { exportCommand } from "./commands/export";
import { extractCommand } from "./commands/extract";
import { importCommand } from "./commands/import";
import { importReportCommand } from "./commands/import-report";
import { migrateCommand } from "./commands/migrate";
import { reindexCommand } from "./commands/reindex";
import { userCommand } from "./commands/user";
import type { Command } from "./lib/command";

const commands: Command[] = [importCommand, extractCommand, exportCommand, importReportCommand, demoCommand, userCommand, migrateCommand, reindexCommand];

const overview = `Usage: claimdiff <command> [options]   (or: npm run cli -- <command> [options])

Commands:
${commands.map((c) => `  ${c.name.padEnd(13)} ${c.summary}`).join("\n")}

Run \`claimdiff <command> --help\` for a command's options.
The database is DATABASE_URL when set, otherwise the embedded PostgreSQL under .data/.`;

/**
 * Runs one command line; returns the exit code: 0 done, 1 nothing done (a usage error, a refused
 * input, a failure), 2 done in part (some files imported, others refused). The README lists them.
 */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(overview);
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview}`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${command.usage}`);
    return 1;
  }
  if (parsed.values.help) {
    console.log(command.usage);
    return 0;
  }
  const { help: _help, ...values } = parsed.values;
  const args = command.schema.safeParse({ ...values, positionals: parsed.positionals });
  if (!args.success) {
    console.error(`${formatIssues(args.error)}\n\n${command.usage}`);
    return 1;
  }
  try {
    return await command.run(args.data);
  } catch (error) {
    console.error(`claimdiff ${name} failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `--${issue.path.join(".") || "arguments"}: ${issue.message}`.replace("--positionals", "arguments"))
    .join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Exit explicitly: the embedded PostgreSQL package installs an exit hook (async-exit-hook) that
  // calls process.exit(0) when the event loop empties, which would turn every failure into 0.
  process.exit(await runCli(process.argv.slice(2)));
}
