#!/usr/bin/env node
// The `claimdiff` command: runs scripts/cli.ts through tsx, with the react-server condition so
// lib/db's `server-only` guard accepts a trusted command-line caller.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = path.join(import.meta.dirname, "../cli.ts");
const tsx = require.resolve("tsx");
const result = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", tsx, cli, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
