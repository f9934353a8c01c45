import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { setupTestDatabase } from "../tests/support/setup-test-database";

// The command line as people run it: a separate process, its exit code and its messages. Every
// run loads the embedded PostgreSQL package, whose exit hook used to turn every failure into 0.

const ROOT = path.join(import.meta.dirname, "..");
// Each run starts a process that compiles the CLI; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 180_000 });
const databaseUrl = setupTestDatabase();
let dir = "";

type Run = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], stdin = ""): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl() },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // A command that hangs (reading a FIFO, say) is killed: its exit code is then null, not 1.
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdin.end(stdin);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "claimdiff-cli-"));
  await writeFile(path.join(dir, "good.md"), "---\ntitle: A headline we wrote\n---\nA headline we wrote\n\nTwelve soldiers were seen.\n");
  await writeFile(path.join(dir, "binary.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  await symlink("/dev/zero", path.join(dir, "zero.txt"));
  execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("exit codes (README, The command line)", () => {
  test.each([
    { label: "an unknown command", args: ["frobnicate"], code: 1, stderr: /Unknown command "frobnicate"/ },
    { label: "no command", args: [], code: 1, stderr: /^$/ },
    { label: "--help", args: ["--help"], code: 0, stderr: /^$/ },
    { label: "an unknown option", args: ["export", "--colour", "red"], code: 1, stderr: /Unknown option '--colour'/ },
    { label: "a bad event slug", args: ["export", "--event", "Not A Slug", "--format", "json"], code: 1, stderr: /--event: use lowercase letters/ },
    { label: "a failed export (no such event)", args: ["export", "--event", "no-such-event", "--format", "json"], code: 1, stderr: /No event "no-such-event"/ },
  ])("$label exits $code", async ({ args, code, stderr }) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim()).toMatch(stderr);
  });

  test("an import where every file is refused exits 1, one where some are exits 2, a clean one 0", async () => {
    const refused = await cli(["import", path.join(dir, "binary.txt"), "--event", "cli-codes"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/binary\.txt: binary file/);
    const partly = await cli(["import", path.join(dir, "good.md"), path.join(dir, "binary.txt"), "--event", "cli-codes"]);
    expect(partly.code).toBe(2);
    const clean = await cli(["import", path.join(dir, "good.md"), "--event", "cli-codes"]);
    expect(clean.code).toBe(0);
    const exported = await cli(["export", "--event", "cli-codes", "--format", "json"]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).articles).toHaveLength(1);
  });

  test.each([
    { label: "too short", password: "short", message: /use at least 10 characters/ },
    { label: "ten spaces", password: "          ", message: /not only spaces/ },
    { label: "a common password", password: "password123", message: /most common/ },
  ])("a password that is $label is refused with exit 1", async ({ password, message }) => {
    const run = await cli(["user", "create", "--email", "new.person@cli.test", "--role", "editor"], `${password}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});

describe("special files", () => {
  test.each([
    { label: "a .txt link to /dev/zero", file: "zero.txt", reason: /zero\.txt: not a regular file \(a device\)/ },
    { label: "a FIFO named .txt", file: "pipe.txt", reason: /pipe\.txt: not a regular file \(a named pipe\)/ },
  ])("$label is refused at once, not read forever", async ({ file, reason }) => {
    const run = await cli(["import", path.join(dir, file), "--event", "cli-special"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(reason);
  });
});
