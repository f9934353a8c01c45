import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { closeE2eDatabase, countRows, e2eDatabase, e2eDatabaseUrl } from "./support/database";
import { HUGE, NOT_AN_ARGUMENT, PAYLOADS, percentEncoded, type Payload, type PayloadName } from "./support/hostile-payloads";
import { SIGNED_IN_STATE } from "../../playwright.config";
import { actionId, actionResult, formActionBody, multipart, type Part } from "./support/server-actions";

// Every entry point × every hostile payload (tests/e2e/support/hostile-payloads.ts): each must be
// refused with a clear message (a 4xx, a form's error, or a CLI error), never a 5xx, never a stack
// trace, and must write nothing (row counts of every table, sign-in bookkeeping aside, are the
// same before and after).
//
// HOW TO ADD AN ENTRY POINT: add one row to ENTRY_POINTS below (or REQUEST_ATTACKS' targets for a
// new server action or API operation). A row names the entry point and sends a payload the way a
// client would, putting it where it must be refused (the field that is validated; a whole-input
// payload as the file or body). When a payload is valid input there (SQL-looking text is a fine
// password, say), list it under `except` with the reason: the table then says what was not tried
// and why. Rows for the importers that are coming (paste, upload, URL import, report import)
// belong here the same way: one `send` each.

type Outcome =
  | { kind: "http"; status: number; body: string }
  | { kind: "cli"; code: number | null; stdout: string; stderr: string }
  /** The server answered and closed the connection before it had read a body past its limit. */
  | { kind: "closed"; bytes: number };

// The most a server action reads of a body (Next.js's limit); past it the server may answer and
// close the socket while the client is still sending, which the client sees as EPIPE or a reset.
const ACTION_BODY_LIMIT = 10 * 1024 * 1024;

type Context = {
  request: APIRequestContext;
  baseURL: string;
  /** Ids of real rows, so that only the hostile field is wrong. */
  ids: { adminId: string; facetId: string; claimId: string; articleId: string; revisionId: string; auditEventId: string };
  dir: string;
};

type EntryPoint = {
  name: string;
  send: (payload: Payload, context: Context) => Promise<Outcome>;
  /** Payloads not tried here, each with why. */
  except?: Partial<Record<PayloadName, string>>;
  /**
   * How many payloads to send at once (default one at a time, rows counted around each). The
   * CLI rows start a process per payload; they run a few at a time, rows counted around them all.
   */
  concurrency?: number;
};

const EVENT = "nk-troops-russia";
const VALID_PASSWORD = "hostile-suite-passphrase-7";

// —— how each kind of entry point is called ——

async function http(context: Context, method: "GET" | "POST" | "PATCH", url: string, options: { body?: Part; contentType?: string; headers?: Record<string, string> } = {}): Promise<Outcome> {
  const data = options.body === undefined ? undefined : Buffer.from(options.body);
  const request = context.request.fetch(url, {
    method,
    data,
    // A header given as "" is left out (the "no Origin" attack).
    headers: Object.fromEntries(
      Object.entries({ origin: context.baseURL, ...(options.contentType ? { "content-type": options.contentType } : {}), ...options.headers }).filter(([, value]) => value !== ""),
    ),
    maxRedirects: 0,
    timeout: 120_000,
  });
  const response = await request.catch((error: Error) => {
    if (data && data.length > ACTION_BODY_LIMIT && /EPIPE|ECONNRESET/.test(error.message)) return null;
    throw error;
  });
  if (!response) return { kind: "closed", bytes: data!.length };
  return { kind: "http", status: response.status(), body: await response.text() };
}

/** A JSON body with the payload as one field's value; a whole-input payload as the body itself. */
function jsonWith(payload: Payload, build: (value: string) => object): { body: Part; contentType: string } {
  return { body: payload.kind === "value" ? JSON.stringify(build(payload.text())) : payload.bytes(), contentType: "application/json" };
}

type PageOf = string | ((context: Context) => string);
const FACET_PAGE: PageOf = ({ ids }) => `/events/${EVENT}/facets/${ids.facetId}`;
const pathOf = (page: PageOf, context: Context) => (typeof page === "string" ? page : page(context));

/**
 * A server action of a form, called as the browser calls it (posted to the page that shows the
 * form), with `fields` (one of them hostile).
 */
function action(file: string, exportedName: string, page: PageOf, fields: (value: Part, context: Context) => Record<string, Part>): EntryPoint["send"] {
  return async (payload, context) => {
    const { body, contentType } = formActionBody(fields(payload.kind === "whole" ? payload.bytes() : payload.text(), context));
    return http(context, "POST", pathOf(page, context), { body, contentType, headers: { "next-action": actionId(file, exportedName) } });
  };
}

/** The CLI as people run it, against the app's database. */
function cli(args: string[], stdin: Part = ""): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.on("error", () => {}); // the CLI may stop reading early, which is the point
    child.stdin.end(Buffer.from(stdin));
    // A CLI that hangs is killed: its exit code is then null, which the checks refuse.
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ kind: "cli", code, stdout, stderr });
    });
  });
}

/** An article file: a whole-input payload is the file; a value goes where it must be refused (its URL). */
function articleFile(payload: Payload): Part {
  if (payload.kind === "whole") return payload.bytes();
  return `---\nurl: ${JSON.stringify(payload.text())}\n---\nA headline we wrote\n\nA paragraph we wrote.\n`;
}

/**
 * Payloads that are fine passwords: at least 10 characters, not only spaces, not common. Only
 * the hash of a password is stored; it never reaches a page or a query.
 */
const ACCEPTED_AS_PASSWORDS: EntryPoint["except"] = Object.fromEntries(
  (
    [
      "a script element",
      "an event handler",
      "a javascript: address",
      "an SVG with a script",
      "a date that does not exist",
      "SQL",
      "one past the largest bigint",
      "a right-to-left override",
      "an address with a password",
    ] as const
  ).map((name) => [name, "a fine password (10+ characters, not common): allowed, only its hash is stored"]),
);

/** Payloads that are fine names, titles and labels: visible text, shown as text (security.spec.ts proves markup never runs). */
const ANY_VISIBLE_TEXT: EntryPoint["except"] = Object.fromEntries(
  (
    [
      "a script element",
      "an event handler",
      "a javascript: address",
      "an SVG with a script",
      "a date that does not exist",
      "1e309",
      "NaN",
      "-0",
      "SQL",
      "one past the largest bigint",
      "an address with a password",
      "a common password",
    ] as const
  ).map((name) => [name, "visible text: a fine name, stored through parameters and shown as text"]),
);

const TOO_LONG_FOR_AN_ADDRESS: EntryPoint["except"] = Object.fromEntries(
  HUGE.map((name) => [name, "no address is that long; addresses over 16 KB are refused (431) by the server, as the 20 KB ones here show"]),
);
const EMPTY_SEGMENT = "an empty path segment is another address: the framework redirects it to the one without it (308), which is no entry point";

const unique = () => `${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;

// —— the table ——

const ENTRY_POINTS: EntryPoint[] = [
  // The HTTP API (lib/api/operations.ts).
  {
    name: "API: import an article (the file as the body)",
    send: (payload, context) => http(context, "POST", `/api/events/${EVENT}/articles`, { body: articleFile(payload), contentType: "text/markdown" }),
  },
  {
    name: "API: create an account (email)",
    send: (payload, context) =>
      http(context, "POST", "/api/users", jsonWith(payload, (email) => ({ email, role: "viewer", password: VALID_PASSWORD }))),
  },
  {
    name: "API: create an account (name)",
    send: (payload, context) =>
      http(context, "POST", "/api/users", jsonWith(payload, (name) => ({ email: `name-${unique()}@hostile.test`, name, role: "viewer", password: VALID_PASSWORD }))),
    except: ANY_VISIBLE_TEXT,
  },
  {
    name: "API: create an account (password)",
    send: (payload, context) =>
      http(context, "POST", "/api/users", jsonWith(payload, (password) => ({ email: `pw-${unique()}@hostile.test`, role: "viewer", password }))),
    except: ACCEPTED_AS_PASSWORDS,
  },
  {
    name: "API: change a role",
    send: (payload, context) => http(context, "PATCH", `/api/users/${context.ids.adminId}`, jsonWith(payload, (role) => ({ role }))),
  },
  {
    name: "API: an account id in the path",
    send: (payload, context) => http(context, "POST", `/api/users/${percentEncoded(payload)}/sign-out-everywhere`),
    except: { ...TOO_LONG_FOR_AN_ADDRESS, empty: EMPTY_SEGMENT },
  },
  {
    name: "API: an event slug in the path (find claims)",
    send: (payload, context) => http(context, "POST", `/api/events/${percentEncoded(payload)}/extract`),
    except: { ...TOO_LONG_FOR_AN_ADDRESS, empty: EMPTY_SEGMENT },
  },
  {
    name: "API: history, `before`",
    send: (payload, context) => http(context, "GET", `/api/events/${EVENT}/history?before=${percentEncoded(payload)}`),
    except: TOO_LONG_FOR_AN_ADDRESS,
  },
  {
    name: "API: history, `take`",
    send: (payload, context) => http(context, "GET", `/api/events/${EVENT}/history?take=${percentEncoded(payload)}`),
    except: TOO_LONG_FOR_AN_ADDRESS,
  },
  {
    name: "API: sign in (the auth library's route)",
    send: (payload, context) => http(context, "POST", "/api/auth/sign-in/email", jsonWith(payload, (email) => ({ email, password: VALID_PASSWORD }))),
  },

  // Server actions (the forms).
  {
    name: "form: sign in (email)",
    send: action("app/sign-in/actions.ts", "signInAction", "/sign-in", (email) => ({ email, password: VALID_PASSWORD, next: "/events" })),
  },
  {
    name: "form: invite a user (email)",
    send: action("app/(workspace)/admin/users/actions.ts", "inviteUserAction", "/admin/users", (email) => ({ email, name: "Hostile", role: "viewer" })),
  },
  {
    name: "form: invite a user (name)",
    send: action("app/(workspace)/admin/users/actions.ts", "inviteUserAction", "/admin/users", (name) => ({ email: `invite-${unique()}@hostile.test`, name, role: "viewer" })),
    except: {
      ...ANY_VISIBLE_TEXT,
      empty: "an empty name means none: the account is named after its email",
      "invalid UTF-8": "a form sends it as replacement characters, which are visible",
    },
  },
  {
    name: "form: change a role",
    send: action("app/(workspace)/admin/users/actions.ts", "changeRoleAction", "/admin/users", (role, { ids }) => ({ userId: ids.adminId, role })),
  },
  {
    name: "form: sign an account out everywhere",
    send: action("app/(workspace)/admin/users/actions.ts", "revokeSessionsAction", "/admin/users", (userId) => ({ userId })),
  },
  {
    name: "form: mark a claim in the reader",
    send: action("app/(workspace)/articles/[articleId]/actions.ts", "markClaimAction", ({ ids }) => `/articles/${ids.articleId}`, (start, { ids }) => ({
      revisionId: ids.revisionId,
      facetId: ids.facetId,
      start,
      end: start,
      number: "10000",
    })),
  },
  {
    name: "form: find claims (event)",
    send: action("app/(workspace)/events/[slug]/actions.ts", "findClaimsAction", `/events/${EVENT}`, (slug) => ({ slug })),
  },
  {
    name: "form: create a share link (days)",
    send: action("app/(workspace)/events/[slug]/share-actions.ts", "createShareLinkAction", `/events/${EVENT}`, (expiresInDays) => ({ slug: EVENT, expiresInDays })),
  },
  {
    name: "form: revoke a share link",
    send: action("app/(workspace)/events/[slug]/share-actions.ts", "revokeShareLinkAction", `/events/${EVENT}`, (linkId) => ({ slug: EVENT, linkId })),
  },
  {
    name: "form: review a claim",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "reviewClaimAction", FACET_PAGE, (claimId) => ({
      slug: EVENT,
      claimId,
      status: "confirmed",
      expectedVersion: "1",
    })),
  },
  {
    name: "form: delete a claim",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "deleteClaimAction", FACET_PAGE, (claimId) => ({ slug: EVENT, claimId, expectedVersion: "1" })),
  },
  {
    name: "form: rename a facet (name)",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "renameFacetAction", FACET_PAGE, (label, { ids }) => ({
      slug: EVENT,
      facetId: ids.facetId,
      label,
      expectedVersion: "1",
    })),
    except: { ...ANY_VISIBLE_TEXT, "invalid UTF-8": "a form sends it as replacement characters, which are visible" },
  },
  {
    name: "form: merge a facet",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "mergeFacetAction", FACET_PAGE, (targetId, { ids }) => ({
      slug: EVENT,
      facetId: ids.facetId,
      targetId,
      expectedVersion: "1",
    })),
  },
  {
    name: "form: dismiss a facet",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "dismissFacetAction", FACET_PAGE, (facetId) => ({
      slug: EVENT,
      facetId,
      dismissed: "1",
      expectedVersion: "1",
    })),
  },
  {
    name: "form: move claims",
    send: action("app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "moveClaimsAction", FACET_PAGE, (target, { ids }) => ({
      slug: EVENT,
      kind: "quantity",
      target,
      claims: `${ids.claimId}:1`,
    })),
  },
  {
    name: "form: undo a deletion",
    send: action("app/(workspace)/events/[slug]/history/actions.ts", "undoDeletionAction", `/events/${EVENT}/history`, (auditEventId) => ({ slug: EVENT, auditEventId })),
  },

  // The command line.
  {
    name: "CLI: import (the payload as a .txt file)",
    concurrency: 4,
    send: async (payload, context) => {
      const file = path.join(context.dir, `payload-${unique()}.txt`);
      await writeFile(file, articleFile(payload));
      return cli(["import", file, "--event", EVENT]);
    },
  },
  {
    name: "CLI: user create (email)",
    concurrency: 4,
    send: (payload) => cli(["user", "create", "--email", payload.text(), "--role", "viewer"], `${VALID_PASSWORD}\n`),
    except: Object.fromEntries(NOT_AN_ARGUMENT.map((name) => [name, "a command-line argument cannot carry it (NUL bytes, or past the system's argument size)"])),
  },
  {
    name: "CLI: user create (password on standard input)",
    concurrency: 4,
    send: (payload) => cli(["user", "create", "--email", `stdin-${unique()}@hostile.test`, "--role", "viewer"], payload.bytes()),
    except: ACCEPTED_AS_PASSWORDS,
  },
  {
    name: "CLI: export (event)",
    concurrency: 4,
    send: (payload) => cli(["export", "--event", payload.text(), "--format", "json"]),
    except: Object.fromEntries(NOT_AN_ARGUMENT.map((name) => [name, "a command-line argument cannot carry it (NUL bytes, or past the system's argument size)"])),
  },
];

// —— the checks ——

/** Words that only a stack trace or an internal error puts in front of a person. */
const LEAKS = /\n\s+at .+:\d+:\d+|node_modules|\/work\/|webpack|turbopack|Prisma|ECONNREFUSED|Something went wrong/i;

function expectRefused(outcome: Outcome, label: string) {
  if (outcome.kind === "closed") return; // nothing was taken in; the rows counted around it say nothing was written
  if (outcome.kind === "cli") {
    expect(outcome.code, `${label}: exit code (stderr: ${outcome.stderr.slice(0, 300)})`).not.toBe(0);
    expect(outcome.code, `${label}: the CLI ended by itself`).not.toBeNull();
    expect(outcome.stderr.trim().length, `${label}: says why on stderr`).toBeGreaterThan(0);
    expect(outcome.stderr, `${label}: no stack trace`).not.toMatch(LEAKS);
    return;
  }
  const excerpt = outcome.body.slice(0, 300);
  expect(outcome.status, `${label}: no server error (${excerpt})`).toBeLessThan(500);
  expect(outcome.body, `${label}: no stack trace or internal detail`).not.toMatch(LEAKS);
  if (outcome.status >= 400) {
    expect(outcome.body.trim().length, `${label}: a message with the ${outcome.status}`).toBeGreaterThan(0);
    return;
  }
  // A form's action answers 200 with its result: the refusal is `ok: false` and a message.
  const result = actionResult(outcome.body);
  expect(result, `${label}: a refusal (status ${outcome.status}: ${excerpt})`).not.toBeNull();
  expect(result!.ok, `${label}: refused (${excerpt})`).toBe(false);
  expect(typeof result!.message === "string" && result!.message.length > 0, `${label}: with a message`).toBe(true);
}

let context: Context;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  // An admin of its own, signed in through the API: a hostile call that got through (signing
  // out everywhere, say) must not end the session the other specs share.
  const shared = await playwright.request.newContext({ baseURL, storageState: SIGNED_IN_STATE, extraHTTPHeaders: { origin: baseURL! } });
  const email = `hostile-admin-${unique()}@hostile.test`;
  expect((await shared.post("/api/users", { data: { email, role: "admin", name: "Hostile suite", password: VALID_PASSWORD } })).status()).toBe(201);
  // Claims exist once extraction ran; it is idempotent.
  expect((await shared.post(`/api/events/${EVENT}/extract`)).status()).toBe(200);
  await shared.dispose();
  const request = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const signIn = await request.post("/api/auth/sign-in/email", { data: { email, password: VALID_PASSWORD }, headers: { origin: baseURL! } });
  expect(signIn.status(), await signIn.text()).toBe(200);

  const db = await e2eDatabase();
  const one = async (sql: string) => {
    const { rows } = await db.query<Record<string, unknown>>(sql);
    expect(rows[0], sql).toBeDefined();
    return rows[0]!;
  };
  const revision = await one("SELECT id, article_id FROM article_revision ORDER BY created_at LIMIT 1");
  context = {
    request,
    baseURL: baseURL!,
    dir: await mkdtemp(path.join(tmpdir(), "claimdiff-hostile-")),
    ids: {
      adminId: String((await one(`SELECT id FROM app_user WHERE email = 'admin@claimdiff.example'`)).id),
      facetId: String((await one("SELECT id FROM facet WHERE dismissed_at IS NULL ORDER BY label LIMIT 1")).id),
      claimId: String((await one("SELECT id FROM claim WHERE deleted_at IS NULL ORDER BY id LIMIT 1")).id),
      articleId: String(revision.article_id),
      revisionId: String(revision.id),
      auditEventId: String((await one("SELECT id FROM audit_event ORDER BY id LIMIT 1")).id),
    },
  };
});

test.afterAll(async () => {
  await context?.request.dispose();
  if (context?.dir) await rm(context.dir, { recursive: true, force: true });
  await closeE2eDatabase();
});

test("the table reaches the code it means to test: a well-formed call of a form's action runs it", async () => {
  // Without this, a table whose every call were refused for a wrong page or action id would pass.
  const { body, contentType } = formActionBody({ slug: EVENT });
  const outcome = await http(context, "POST", `/events/${EVENT}`, { body, contentType, headers: { "next-action": actionId("app/(workspace)/events/[slug]/actions.ts", "findClaimsAction") } });
  expect(outcome.kind === "http" && outcome.status).toBe(200);
  expect(actionResult(outcome.kind === "http" ? outcome.body : "")).toMatchObject({ ok: true, message: expect.stringMatching(/^(Read \d+ article|Finding claims)/) });
});

for (const entry of ENTRY_POINTS) {
  test(`${entry.name}: every hostile input is refused, and nothing is written`, async () => {
    test.setTimeout(600_000);
    const tried = PAYLOADS.filter((payload) => !(payload.name in (entry.except ?? {})));
    const batch = entry.concurrency ?? 1;
    for (let i = 0; i < tried.length; i += batch) {
      const payloads = tried.slice(i, i + batch);
      const before = await countRows();
      const outcomes = await Promise.all(payloads.map((payload) => entry.send(payload, context)));
      payloads.forEach((payload, j) => expectRefused(outcomes[j]!, `${entry.name} × ${payload.name}`));
      expect(await countRows(), `${entry.name} × ${payloads.map((p) => p.name).join(", ")}: nothing written`).toEqual(before);
    }
    // The README's Reliability table sums these lines.
    console.log(`hostile inputs refused: ${tried.length} (${entry.name})`);
  });
}

// —— attacks on the request itself, for every server action and every changing API operation ——

type RequestAttack = {
  name: string;
  headers?: Record<string, string>;
  body?: () => { body: Part; contentType: string };
  /** Actions for which this is their own, legitimate call. */
  notFor?: string[];
};

const REQUEST_ATTACKS: RequestAttack[] = [
  { name: "no Origin", headers: { origin: "" } },
  { name: "a foreign Origin", headers: { origin: "https://evil.example" } },
  { name: 'Origin "null"', headers: { origin: "null" } },
  { name: "a malformed Origin", headers: { origin: "::::" } },
  { name: "a foreign Origin with a matching X-Forwarded-Host", headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" } },
  { name: "a garbage body", body: () => ({ body: "garbage{{{\u0000", contentType: "text/plain;charset=UTF-8" }) },
  { name: "arguments nested 10,000 deep", body: () => ({ body: `${"[".repeat(10_000)}"$K1"${"]".repeat(10_000)}`, contentType: "text/plain;charset=UTF-8" }) },
  { name: "a 6 MB field", body: () => formActionBody({ slug: "a".repeat(6 * 1024 * 1024) }) },
  { name: "arguments without a form", body: () => ({ body: '[null,"x"]', contentType: "text/plain;charset=UTF-8" }) },
  {
    name: "no arguments at all",
    body: () => ({ body: "[]", contentType: "text/plain;charset=UTF-8" }),
    notFor: ["signOutAction", "signOutEverywhereAction"],
  },
  { name: "a promise where a form belongs", body: () => multipart([["0", '[null,"$@1"]']]) },
  { name: "a JSON body", body: () => ({ body: "{}", contentType: "application/json" }) },
];

const SERVER_ACTIONS: [file: string, name: string, page: PageOf][] = [
  ["app/sign-in/actions.ts", "signInAction", "/sign-in"],
  ["app/(workspace)/admin/users/actions.ts", "inviteUserAction", "/admin/users"],
  ["app/(workspace)/admin/users/actions.ts", "changeRoleAction", "/admin/users"],
  ["app/(workspace)/admin/users/actions.ts", "revokeSessionsAction", "/admin/users"],
  ["app/(workspace)/articles/[articleId]/actions.ts", "markClaimAction", ({ ids }) => `/articles/${ids.articleId}`],
  ["app/(workspace)/events/[slug]/actions.ts", "findClaimsAction", `/events/${EVENT}`],
  ["app/(workspace)/events/[slug]/share-actions.ts", "createShareLinkAction", `/events/${EVENT}`],
  ["app/(workspace)/events/[slug]/share-actions.ts", "revokeShareLinkAction", `/events/${EVENT}`],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "reviewClaimAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "deleteClaimAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "renameFacetAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "mergeFacetAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "dismissFacetAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/facets/[facetId]/actions.ts", "moveClaimsAction", FACET_PAGE],
  ["app/(workspace)/events/[slug]/history/actions.ts", "undoDeletionAction", `/events/${EVENT}/history`],
  ["app/sign-in/actions.ts", "signOutAction", "/events"],
  ["app/sign-in/actions.ts", "signOutEverywhereAction", "/events"],
];

const CHANGING_API: [method: "POST" | "PATCH", path: (ids: Context["ids"]) => string][] = [
  ["POST", () => `/api/events/${EVENT}/articles`],
  ["POST", () => `/api/events/${EVENT}/extract`],
  ["POST", () => "/api/users"],
  ["PATCH", (ids) => `/api/users/${ids.adminId}`],
  ["POST", (ids) => `/api/users/${ids.adminId}/sign-out-everywhere`],
  ["POST", () => "/api/auth/sign-in/email"],
];

for (const [file, name, page] of SERVER_ACTIONS) {
  test(`form action ${name}: every attack on the request itself is refused with a 4xx, and nothing is written`, async () => {
    for (const attack of REQUEST_ATTACKS.filter((a) => !a.notFor?.includes(name))) {
      const label = `${name} × ${attack.name}`;
      const { body, contentType } = attack.body?.() ?? formActionBody({ slug: EVENT, email: "someone@hostile.test" });
      const before = await countRows();
      const outcome = await http(context, "POST", pathOf(page, context), { body, contentType, headers: { "next-action": actionId(file, name), ...attack.headers } });
      expectRefused(outcome, label);
      expect(outcome.kind === "http" && outcome.status, `${label}: a 4xx, not a form's answer`).toBeGreaterThanOrEqual(400);
      expect(await countRows(), `${label}: nothing written`).toEqual(before);
    }
    console.log(`hostile inputs refused: ${REQUEST_ATTACKS.filter((a) => !a.notFor?.includes(name)).length} (request attacks on ${name})`);
  });
}

test("changing API operations refuse every request that does not come from this site", async () => {
  for (const [method, pathOf] of CHANGING_API) {
    for (const attack of REQUEST_ATTACKS.filter((a) => a.headers)) {
      const label = `${method} ${pathOf(context.ids)} × ${attack.name}`;
      const before = await countRows();
      const outcome = await http(context, method, pathOf(context.ids), { body: "{}", contentType: "application/json", headers: attack.headers });
      expect(outcome.kind === "http" && outcome.status, `${label}: 403`).toBe(403);
      expectRefused(outcome, label);
      expect(await countRows(), `${label}: nothing written`).toEqual(before);
    }
  }
  console.log(`hostile inputs refused: ${CHANGING_API.length * REQUEST_ATTACKS.filter((a) => a.headers).length} (request attacks on the API)`);
});

test("pages given hostile query values answer 4xx, never 5xx", async () => {
  const pages = [`/events/${EVENT}/history?before=`, `/events/${EVENT}/compare?page=`, `/events/${EVENT}?outlet=`, "/events?q="];
  for (const page of pages) {
    for (const payload of PAYLOADS.filter((p) => !HUGE.includes(p.name))) {
      const outcome = await http(context, "GET", `${page}${percentEncoded(payload)}`);
      const label = `${page} × ${payload.name}`;
      expect(outcome.kind === "http" && outcome.status, `${label}: no server error`).toBeLessThan(500);
      expect(outcome.kind === "http" && outcome.body, `${label}: no stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+|node_modules/);
    }
  }
  console.log(`hostile inputs refused: ${pages.length * PAYLOADS.filter((p) => !HUGE.includes(p.name)).length} (query values of pages)`);
});
