import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_ADMIN, SIGNED_IN_STATE } from "../../playwright.config";

// The authorization matrix of the API, generated from the live /api/openapi.json: every operation
// the document lists is called by every caller (anonymous, viewer, editor, admin) and must answer
// exactly the expected status. A new route joins the document through lib/api/operations.ts
// (tests/integration/api-routes.test.ts fails for one that does not), and this file fails until
// PLANS says how to call it, so no route goes unchecked.
//
// Expected: anonymous → 401 unless the operation is public; a role below `x-required-role` → 403;
// otherwise the documented success, except where success would change data other specs read.
// There the allowed roles get a status chosen per operation below (`allowed`, with the reason),
// one that can only come after the role was checked: the handler authorizes before it reads
// parameters or body, and 404/422 come from reading them.

const DEMO = "nk-troops-russia";
const MISSING_EVENT = "no-such-event-for-api-tests";
const CALLERS = ["anonymous", "viewer", "editor", "admin"] as const;
type Caller = (typeof CALLERS)[number];
type Role = Exclude<Caller, "anonymous">;
// Written out here rather than imported, so that a mistake in lib/auth/roles.ts fails this test.
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

type Fixture = { stamp: string; ids: Record<Role | "target", string>; articleId: string; noteId: string };
type RequestSpec = { params?: Record<string, string>; query?: string; data?: string | Record<string, unknown>; contentType?: string };
type Plan = {
  /**
   * The role this operation is meant to need. The matrix takes the role from the document; this
   * copy makes loosening one (in lib/api/operations.ts) a deliberate edit here as well.
   */
  role: Role | "public";
  /** What every caller sends in the matrix. */
  request: (fixture: Fixture) => RequestSpec;
  /** What a caller with the role gets instead of the documented success, and why. */
  allowed?: { status: number; why: string };
  /** State-changing operations: a request that would change something if a viewer were let through. */
  attempt?: (fixture: Fixture) => RequestSpec;
};

const article = (title: string) => ({
  contentType: "text/markdown; charset=utf-8",
  data: `---\ntitle: "${title}"\nlanguage: en\n---\n${title}\n\nAbout 12,000 troops arrived in October 2024, officials said.\n`,
});

// A well-formed id that names nothing: operations on one answer 404 after the role check.
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
/** A note id that exists nowhere: 404 after the role check, where a real change would alter the demo's notes. */
const NO_NOTE = "00000000-0000-4000-8000-000000000000";
const noteBody = (stamp: string) => ({ body: `Matrix note ${stamp}`, tags: ["matrix"] });
const NOT_HERE = "a real change would alter the demo's notes, which the viewer test's snapshot of the export compares; the note is looked up after the role check";

const PLANS: Record<string, Plan> = {
  "GET /api/events": { role: "viewer", request: () => ({}) },
  "GET /api/events/{slug}/export": { role: "viewer", request: () => ({ params: { slug: DEMO } }) },
  "GET /api/events/{slug}/history": { role: "viewer", request: () => ({ params: { slug: DEMO }, query: "?take=5" }) },
  "POST /api/events/{slug}/extract": {
    role: "editor",
    // Extraction is idempotent and keeps every decision a person made; accounts.spec.ts runs it
    // on the demo event from the UI already, so running it again changes nothing others read.
    request: () => ({ params: { slug: DEMO } }),
    attempt: () => ({ params: { slug: DEMO } }),
  },
  "POST /api/events/{slug}/articles": {
    role: "editor",
    request: ({ stamp }) => ({ params: { slug: MISSING_EVENT }, ...article(`Matrix ${stamp}`) }),
    allowed: { status: 404, why: "a real import would add an article to the demo event that other specs count; the event is looked up after the role check" },
    attempt: ({ stamp }) => ({ params: { slug: DEMO }, ...article(`Viewer attempt ${stamp}`) }),
  },
  "GET /api/search": { role: "viewer", request: () => ({ query: "?q=Soldatn&language=de" }) },
  "GET /api/events/{slug}/annotations": { role: "viewer", request: () => ({ params: { slug: DEMO }, query: "?tag=troop%20numbers" }) },
  "POST /api/events/{slug}/annotations": {
    role: "editor",
    request: ({ stamp }) => ({ params: { slug: MISSING_EVENT }, data: { revisionId: NO_NOTE, start: 0, end: 5, ...noteBody(stamp) } }),
    allowed: { status: 404, why: "a real note would change the demo's notes that other specs read; the event is looked up after the role check" },
    attempt: ({ stamp, noteId }) => ({ params: { slug: DEMO }, data: { revisionId: noteId, start: 0, end: 5, ...noteBody(stamp) } }),
  },
  "GET /api/annotations/{id}": { role: "viewer", request: ({ noteId }) => ({ params: { id: noteId } }) },
  "PATCH /api/annotations/{id}": {
    role: "editor",
    request: ({ stamp }) => ({ params: { id: NO_NOTE }, data: { expectedVersion: 1, ...noteBody(stamp) } }),
    allowed: { status: 404, why: NOT_HERE },
    attempt: ({ stamp, noteId }) => ({ params: { id: noteId }, data: { expectedVersion: 1, ...noteBody(stamp) } }),
  },
  "DELETE /api/annotations/{id}": {
    role: "editor",
    request: () => ({ params: { id: NO_NOTE }, query: "?expectedVersion=1" }),
    allowed: { status: 404, why: NOT_HERE },
    attempt: ({ noteId }) => ({ params: { id: noteId }, query: "?expectedVersion=1" }),
  },
  "POST /api/annotations/{id}/replies": {
    role: "editor",
    request: ({ stamp }) => ({ params: { id: NO_NOTE }, data: { body: `Matrix reply ${stamp}` } }),
    allowed: { status: 404, why: NOT_HERE },
    attempt: ({ stamp, noteId }) => ({ params: { id: noteId }, data: { body: `Viewer reply ${stamp}` } }),
  },
  "GET /api/users": { role: "admin", request: () => ({}) },
  "POST /api/users": {
    role: "admin",
    request: ({ stamp }) => ({ data: { email: `matrix-${stamp}@claimdiff.example`, role: "viewer", password: "short" } }),
    allowed: { status: 422, why: "beforeAll creates three accounts through this operation (201); the matrix sends a too-short password so it adds none" },
    attempt: ({ stamp }) => ({ data: { email: `viewer-made-${stamp}@claimdiff.example`, role: "admin", password: "a-valid-long-password" } }),
  },
  "PATCH /api/users/{id}": {
    role: "admin",
    // The target account is a viewer already: the admin's call succeeds and changes nothing.
    request: ({ ids }) => ({ params: { id: ids.target }, data: { role: "viewer" } }),
    attempt: ({ ids }) => ({ params: { id: ids.viewer }, data: { role: "admin" } }),
  },
  "POST /api/users/{id}/sign-out-everywhere": {
    role: "admin",
    // The target account never signs in, so ending its sessions touches no one.
    request: ({ ids }) => ({ params: { id: ids.target } }),
    attempt: ({ ids }) => ({ params: { id: ids.admin } }),
  },
  "GET /api/openapi.json": { role: "public", request: () => ({}) },
  "POST /api/events": {
    role: "editor",
    request: () => ({ data: { slug: "Not A Slug!", title: "Matrix" } }),
    allowed: { status: 422, why: "a real event would join the events list other specs read; the body is parsed after the role check" },
    attempt: ({ stamp }) => ({ data: { slug: `viewer-made-${stamp}`, title: "Made by a viewer" } }),
  },
  "PATCH /api/events/{slug}": {
    role: "editor",
    request: () => ({ params: { slug: MISSING_EVENT }, data: { title: "Renamed", description: "", expectedVersion: 1 } }),
    allowed: { status: 404, why: "renaming the demo event would change what other specs read; the event is looked up after the role check" },
    attempt: () => ({ params: { slug: DEMO }, data: { title: "Renamed by a viewer", description: "", expectedVersion: 1 } }),
  },
  "DELETE /api/events/{slug}": {
    role: "editor",
    request: () => ({ params: { slug: MISSING_EVENT } }),
    allowed: { status: 404, why: "deleting the demo event would take it from every other spec" },
    attempt: () => ({ params: { slug: DEMO } }),
  },
  "POST /api/events/{slug}/imports": {
    role: "editor",
    request: ({ stamp }) => ({ params: { slug: MISSING_EVENT }, data: { texts: [{ title: `Matrix ${stamp}`, text: `Matrix ${stamp}\n\nAbout 12,000 troops.` }] } }),
    allowed: { status: 404, why: "a real import would add an article to the demo event that other specs count" },
    attempt: ({ stamp }) => ({ params: { slug: DEMO }, data: { texts: [{ title: `Viewer ${stamp}`, text: `Viewer ${stamp}\n\nAbout 12,000 troops.` }] } }),
  },
  "POST /api/events/{slug}/extraction-jobs": {
    role: "editor",
    request: () => ({ params: { slug: MISSING_EVENT } }),
    allowed: { status: 404, why: "the job would run while other specs read the demo event's claims" },
    attempt: () => ({ params: { slug: DEMO } }),
  },
  "GET /api/jobs/{id}": {
    role: "viewer",
    request: () => ({ params: { id: NO_SUCH_ID } }),
    allowed: { status: 404, why: "no job exists here; ingest.spec.ts follows real ones" },
  },
  "GET /api/articles/{id}": { role: "viewer", request: ({ articleId }) => ({ params: { id: articleId } }) },
  "PATCH /api/articles/{id}": {
    role: "editor",
    request: () => ({ params: { id: NO_SUCH_ID }, data: { title: "T", url: null, outlet: null, publishedAt: null, language: "en", author: null, expectedVersion: 1 } }),
    allowed: { status: 404, why: "changing a demo article would change the export other specs read" },
    attempt: ({ articleId }) => ({ params: { id: articleId }, data: { title: "Renamed by a viewer", url: null, outlet: null, publishedAt: null, language: "en", author: null, expectedVersion: 1 } }),
  },
  "GET /api/outlets": { role: "viewer", request: () => ({}) },
  "POST /api/outlets": {
    role: "editor",
    request: () => ({ data: { name: "", domain: null, country: null, language: null } }),
    allowed: { status: 422, why: "the matrix sends a nameless outlet, so it adds none to the list other specs read" },
    attempt: ({ stamp }) => ({ data: { name: `Viewer outlet ${stamp}`, domain: null, country: null, language: null } }),
  },
  "PATCH /api/outlets/{id}": {
    role: "editor",
    request: () => ({ params: { id: NO_SUCH_ID }, data: { name: "N", domain: null, country: null, language: null, expectedVersion: 1 } }),
    allowed: { status: 404, why: "the demo's outlets appear in the export other specs read" },
    attempt: () => ({ params: { id: NO_SUCH_ID }, data: { name: "N", domain: null, country: null, language: null, expectedVersion: 1 } }),
  },
};

type DocumentOperation = {
  key: string;
  method: string;
  path: string;
  role: string;
  description: string;
  statuses: number[];
};

let baseURL: string;
let callers: Record<Caller, APIRequestContext>;
let fixture: Fixture;
let operations: DocumentOperation[];
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({ playwright }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  // API clients are not browsers: they name their origin themselves, as the CSRF check requires.
  // An empty storageState, because the runner hands the project's (the signed-in admin's) to
  // every request context that does not name its own.
  const newContext = async (storageState: string | { cookies: []; origins: [] } = { cookies: [], origins: [] }) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL }, storageState });
    contexts.push(context);
    return context;
  };
  const signIn = async (credentials: { email: string; password: string }) => {
    const context = await newContext();
    const response = await context.post("/api/auth/sign-in/email", { data: credentials });
    expect(response.status(), `sign in as ${credentials.email}: ${await response.text()}`).toBe(200);
    return context;
  };

  const stamp = `${Date.now()}-${testInfo.workerIndex}`;
  // The admin's session from the sign-in project (auth.setup.ts signed in through the form):
  // signing in again here would count against the admin's sign-in limit (lib/auth/sign-in-limit.ts)
  // once more per run, and per retry. The accounts below sign in through the API.
  const admin = await newContext(SIGNED_IN_STATE);
  const me = await admin.get("/api/users");
  expect(me.status(), `the demo admin's session from ${SIGNED_IN_STATE}`).toBe(200);
  const created: Partial<Record<Role | "target", string>> = {};
  const password = "api-matrix-password";
  for (const [name, role] of [["viewer", "viewer"], ["editor", "editor"], ["target", "viewer"]] as const) {
    const email = `api-${name}-${stamp}@claimdiff.example`;
    const response = await admin.post("/api/users", { data: { email, role, name: `API ${name}`, password } });
    expect(response.status(), `create the ${name}: ${await response.text()}`).toBe(201);
    created[name] = ((await response.json()) as { id: string }).id;
  }
  const users = ((await me.json()) as { users: { id: string; email: string }[] }).users;
  const adminId = users.find((user) => user.email === E2E_ADMIN.email)!.id;

  callers = {
    anonymous: await newContext(),
    viewer: await signIn({ email: `api-viewer-${stamp}@claimdiff.example`, password }),
    editor: await signIn({ email: `api-editor-${stamp}@claimdiff.example`, password }),
    admin,
  };
  const exported = (await (await admin.get(`/api/events/${DEMO}/export`)).json()) as { articles: { id: string }[] };
  const notes = await admin.get(`/api/events/${DEMO}/annotations`);
  expect(notes.status(), "the demo's notes").toBe(200);
  const noteId = ((await notes.json()) as { annotations: { id: string }[] }).annotations[0]!.id;
  fixture = { stamp, ids: { viewer: created.viewer!, editor: created.editor!, target: created.target!, admin: adminId }, articleId: exported.articles[0]!.id, noteId };

  const document = await callers.anonymous.get("/api/openapi.json");
  expect(document.status()).toBe(200);
  operations = operationsOf(await document.json());
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
});

function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }): DocumentOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      role: String(operation["x-required-role"]),
      description: String(operation.description),
      statuses: Object.keys(operation.responses as object).map(Number),
    })),
  );
}

async function send(caller: APIRequestContext, operation: DocumentOperation, spec: RequestSpec, headers: Record<string, string> = {}) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = spec.params?.[name];
    if (value === undefined) throw new Error(`${operation.key}: the plan gives no value for {${name}}`);
    return encodeURIComponent(value);
  });
  return caller.fetch(`${path}${spec.query ?? ""}`, {
    method: operation.method,
    headers: { ...(spec.contentType ? { "content-type": spec.contentType } : {}), ...headers },
    data: spec.data,
    maxRedirects: 0,
  });
}

function expectedStatus(operation: DocumentOperation, caller: Caller): number {
  const plan = PLANS[operation.key]!;
  const success = plan.allowed?.status ?? operation.statuses.find((status) => status >= 200 && status < 300)!;
  if (operation.role === "public") return success;
  if (caller === "anonymous") return 401;
  return RANK[caller] >= RANK[operation.role as Role] ? success : 403;
}

async function describeResponse(response: APIResponse): Promise<string> {
  const text = await response.text();
  return `${response.status()} ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

/** What a change would show up in: the demo event's record and export, and the accounts. */
async function snapshot() {
  const admin = callers.admin;
  const history = await (await admin.get(`/api/events/${DEMO}/history?take=500`)).json();
  const exported = await (await admin.get(`/api/events/${DEMO}/export`)).json();
  const { users } = (await (await admin.get("/api/users")).json()) as { users: Record<string, unknown>[] };
  return { history, exported, users };
}

test("the document lists operations, each with a known role named in its description, and each has a plan here", () => {
  expect(operations.length).toBeGreaterThan(0);
  for (const operation of operations) {
    expect(["public", "viewer", "editor", "admin"], `${operation.key} x-required-role`).toContain(operation.role);
    expect(operation.description, operation.key).toContain(operation.role === "public" ? "Public" : `the ${operation.role} role`);
    expect(PLANS[operation.key], `${operation.key} is new: add how to call it to PLANS`).toBeDefined();
    expect(operation.role, `${operation.key} needs another role than PLANS says`).toBe(PLANS[operation.key]?.role);
    const allowed = PLANS[operation.key]?.allowed;
    if (allowed) expect(operation.statuses, `${operation.key} documents ${allowed.status}`).toContain(allowed.status);
  }
  const listed = new Set(operations.map((operation) => operation.key));
  expect(Object.keys(PLANS).filter((key) => !listed.has(key)), "plans for operations the document no longer lists").toEqual([]);
});

for (const caller of CALLERS) {
  test(`${caller}: every operation answers exactly the expected status`, async () => {
    for (const operation of operations) {
      const plan = PLANS[operation.key];
      if (!plan) continue; // reported by the test above
      const expected = expectedStatus(operation, caller);
      const response = await send(callers[caller], operation, plan.request(fixture));
      expect.soft(response.status(), `${caller} → ${operation.key}: ${await describeResponse(response)}`).toBe(expected);
      if (expected >= 400) {
        expect.soft(await response.json(), `${caller} → ${operation.key} explains itself`).toHaveProperty("error", expect.any(String));
      }
    }
  });
}

test("a viewer's attempt to change anything gets 403, and nothing is written", async () => {
  const before = await snapshot();
  const attempted: string[] = [];
  for (const operation of operations) {
    if (operation.method === "GET" || operation.role === "public" || operation.role === "viewer") continue;
    const attempt = PLANS[operation.key]?.attempt;
    expect.soft(attempt, `${operation.key} changes something: add a viewer's attempt to its plan`).toBeDefined();
    if (!attempt) continue;
    const response = await send(callers.viewer, operation, attempt(fixture));
    expect.soft(response.status(), `viewer → ${operation.key}: ${await describeResponse(response)}`).toBe(403);
    attempted.push(operation.key);
  }
  expect(attempted.length).toBeGreaterThanOrEqual(5);
  expect(await snapshot()).toEqual(before);
});

test("an article over 5 MB is refused with 413 and a clear message, and nothing is written", async () => {
  const operation = operations.find((o) => o.key === "POST /api/events/{slug}/articles")!;
  const before = await snapshot();
  const big = `Too big\n\n${"Rund 10.000 Soldaten. ".repeat(Math.ceil((6 * 1024 * 1024) / 22))}`;
  const response = await send(callers.editor, operation, { params: { slug: DEMO }, contentType: "text/plain", data: big });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toMatch(/larger than 5 MB \(6(\.\d)? MB sent\)/);
  expect(await snapshot()).toEqual(before);
});

test("a JSON body over 1 MB is refused with 413", async () => {
  const operation = operations.find((o) => o.key === "POST /api/users")!;
  const data = { email: `big-${fixture.stamp}@claimdiff.example`, role: "viewer", password: "a-valid-long-password", name: "x".repeat(1_100_000) };
  const response = await send(callers.admin, operation, { data });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toMatch(/larger than 1 MB/);
});

test("a change that does not come from this site is refused with 403 before anything is written", async ({ playwright }) => {
  const operation = operations.find((o) => o.key === "POST /api/events/{slug}/articles")!;
  const before = await snapshot();
  const foreign = await send(callers.editor, operation, { params: { slug: DEMO }, ...article(`CSRF ${fixture.stamp}`) }, { origin: "https://evil.example" });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toMatch(/must come from this site/);

  // The editor's cookies in a client that names no origin, as a browser might for a cross-site request.
  const bare = await playwright.request.newContext({ baseURL, storageState: await callers.editor.storageState() });
  try {
    for (const headers of [{}, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
      const response = await send(bare, operation, { params: { slug: DEMO }, ...article(`CSRF ${fixture.stamp}`) }, headers);
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
  } finally {
    await bare.dispose();
  }
  expect(await snapshot()).toEqual(before);
});
