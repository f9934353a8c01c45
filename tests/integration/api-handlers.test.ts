import { beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { handle } from "@/lib/api/handle";
import { defineOperation } from "@/lib/api/operation";
import { MAX_ARTICLE_BYTES } from "@/lib/articles/schema";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/schema";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/db/create-user";
import { ensureEvent } from "@/lib/db/events";
import { setupTestDatabase } from "../support/setup-test-database";
import * as articlesRoute from "@/app/api/events/[slug]/articles/route";
import * as exportRoute from "@/app/api/events/[slug]/export/route";
import * as extractRoute from "@/app/api/events/[slug]/extract/route";
import * as historyRoute from "@/app/api/events/[slug]/history/route";
import * as eventsRoute from "@/app/api/events/route";
import * as openApiRoute from "@/app/api/openapi.json/route";
import * as userRoute from "@/app/api/users/[id]/route";
import * as signOutRoute from "@/app/api/users/[id]/sign-out-everywhere/route";
import * as usersRoute from "@/app/api/users/route";

// The route handlers called as Next.js calls them, against a database of their own, with real
// sessions of the auth library. `headers()` of next/headers is this request's headers, as it is
// inside a route handler.

const currentRequest = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => currentRequest.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

setupTestDatabase();
process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-of-more-than-32-characters";

const ORIGIN = "http://app.test";
const SLUG = "api-test";
type Caller = Role | "anonymous";
const cookies: Partial<Record<Caller, string>> = {};
const ids: Partial<Record<Role, string>> = {};

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = {
  as: Caller;
  params?: Record<string, string>;
  query?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
};

/** Calls `handler` the way Next.js does for `method path`, as `as`; returns the response. */
async function send(handler: Handler, method: string, path: string, { as, params = {}, query = "", json, body, headers = {} }: Call) {
  const requestHeaders = new Headers({ host: "app.test", origin: ORIGIN, ...headers });
  for (const [name, value] of Object.entries(headers)) if (value === "") requestHeaders.delete(name);
  if (as !== "anonymous") requestHeaders.set("cookie", cookies[as]!);
  if (json !== undefined) requestHeaders.set("content-type", "application/json");
  const request = new Request(`${ORIGIN}${path}${query}`, {
    method,
    headers: requestHeaders,
    body: json !== undefined ? JSON.stringify(json) : body,
    duplex: "half",
  } as RequestInit);
  currentRequest.headers = request.headers;
  return handler(request, { params: Promise.resolve(params) });
}

/** Calls `handler` as `send` does; returns the status and JSON. */
async function call(handler: Handler, method: string, path: string, spec: Call) {
  const response = await send(handler, method, path, spec);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: string } };
}

const importArticle = (as: Caller, text: string, headers: Record<string, string> = {}, slug = SLUG) =>
  call(articlesRoute.POST, "POST", `/api/events/${slug}/articles`, {
    as,
    params: { slug },
    body: text,
    headers: { "content-type": "text/markdown; charset=utf-8", ...headers },
  });

const articleFile = (title: string, body = "Rund 10.000 Soldaten sollen im Oktober 2024 eingetroffen sein.") =>
  `---\ntitle: "${title}"\nurl: https://www.example.org/${encodeURIComponent(title)}\npublished: 2024-11-04\nlanguage: de\n---\n${title}\n\n${body}\n`;

const articleCount = () => getDb().article.count({ where: { event: { slug: SLUG } } });
const auditCount = () => getDb().auditEvent.count();

/** A body that arrives in 64 KB chunks without a Content-Length, counting what was pulled. */
function chunkedBody(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= totalBytes) return controller.close();
      state.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, state };
}

beforeAll(async () => {
  for (const role of ["admin", "editor", "viewer"] as const) {
    const email = `${role}@api.test`;
    const password = `${role}-password-long`;
    ids[role] = await createUser({ email, password, role }, "test");
    const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
    const token = /claimdiff\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
    expect(token, `a session for the ${role}`).toBeDefined();
    cookies[role] = token!;
  }
  await ensureEvent({ slug: SLUG, title: "API test" }, "test");
});

describe("POST /api/events/{slug}/articles", () => {
  test("an editor imports a file, and the same file again changes nothing", async () => {
    const first = await importArticle("editor", articleFile("Truppen an der Grenze"));
    expect(first).toMatchObject({ status: 200, body: { status: "created", revision: 1 } });
    const again = await importArticle("editor", articleFile("Truppen an der Grenze"));
    expect(again.body).toEqual({ ...first.body, status: "unchanged" });
    const changed = await importArticle("admin", articleFile("Truppen an der Grenze", "Fast 12.000 Soldaten."), { "content-type": "text/plain" });
    expect(changed.body).toMatchObject({ status: "revised", articleId: first.body.articleId, revision: 2, carried: { annotations: { orphaned: 0 }, claims: { orphaned: 0 } } });
  });

  test.each([
    { label: "anonymous", as: "anonymous" as const, status: 401 },
    { label: "a viewer", as: "viewer" as const, status: 403 },
  ])("$label is refused with $status and nothing is written", async ({ as, status }) => {
    const [articles, audits] = [await articleCount(), await auditCount()];
    expect((await importArticle(as, articleFile(`Refused ${as}`))).status).toBe(status);
    expect([await articleCount(), await auditCount()]).toEqual([articles, audits]);
  });

  test("refuses a body whose Content-Length is over 5 MB with 413, before reading it", async () => {
    const { stream, state } = chunkedBody(6 * 1024 * 1024);
    const response = await call(articlesRoute.POST, "POST", `/api/events/${SLUG}/articles`, {
      as: "editor",
      params: { slug: SLUG },
      body: stream,
      headers: { "content-type": "text/plain", "content-length": String(6 * 1024 * 1024) },
    });
    expect(response).toEqual({ status: 413, body: { error: "The request body is larger than 5 MB (6 MB sent); nothing was read or stored." } });
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  test("refuses a chunked body once it passes 5 MB with 413, and stops reading", async () => {
    const articles = await articleCount();
    const { stream, state } = chunkedBody(8 * 1024 * 1024);
    const response = await call(articlesRoute.POST, "POST", `/api/events/${SLUG}/articles`, {
      as: "editor",
      params: { slug: SLUG },
      body: stream,
      headers: { "content-type": "text/plain" },
    });
    expect(response).toEqual({ status: 413, body: { error: "The request body is larger than 5 MB; nothing was read or stored." } });
    expect(state.pulled).toBeLessThan(MAX_ARTICLE_BYTES + 3 * 64 * 1024);
    expect(await articleCount()).toBe(articles);
  });

  test("refuses a viewer with 403 before reading a byte of the body", async () => {
    const { stream, state } = chunkedBody(8 * 1024 * 1024);
    const response = await call(articlesRoute.POST, "POST", `/api/events/${SLUG}/articles`, {
      as: "viewer",
      params: { slug: SLUG },
      body: stream,
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(403);
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  test.each<{ label: string; headers: Record<string, string> }>([
    { label: "another site's Origin", headers: { origin: "https://evil.example" } },
    { label: "no Origin and no Sec-Fetch-Site", headers: { origin: "" } },
    { label: "no Origin and Sec-Fetch-Site: cross-site", headers: { origin: "", "sec-fetch-site": "cross-site" } },
  ])("refuses an editor's request with $label with 403, and nothing is written", async ({ headers }) => {
    const [articles, audits] = [await articleCount(), await auditCount()];
    const response = await importArticle("editor", articleFile("Cross-site"), headers);
    expect(response.status).toBe(403);
    expect(response.body.error).toMatch(/must come from this site/);
    expect([await articleCount(), await auditCount()]).toEqual([articles, audits]);
  });

  test("takes a request without Origin that the browser marks same-origin", async () => {
    const response = await importArticle("editor", articleFile("Same origin"), { origin: "", "sec-fetch-site": "same-origin" });
    expect(response.body.status).toBe("created");
  });

  test.each<{ label: string; text: string; headers: Record<string, string>; error: RegExp }>([
    { label: "a JSON body", text: articleFile("As JSON"), headers: { "content-type": "application/json" }, error: /Send the body as text\/plain or text\/markdown, not application\/json/ },
    { label: "an empty file", text: "", headers: {}, error: /refused: empty/ },
    { label: "a binary file", text: "PK\u0000\u0003\u0004", headers: {}, error: /refused: binary file/ },
    { label: "invalid front matter", text: "---\nurl: not a url\n---\nText", headers: {}, error: /refused: front matter url/ },
  ])("refuses $label with 422 and the reason", async ({ text, headers, error }) => {
    const response = await importArticle("editor", text, headers);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatch(error);
  });

  test("answers 404 for an unknown event and 422 for a malformed slug", async () => {
    expect((await importArticle("editor", articleFile("Nowhere"), {}, "no-such-event")).status).toBe(404);
    const malformed = await importArticle("editor", articleFile("Nowhere"), {}, "Not A Slug");
    expect(malformed.status).toBe(422);
    expect(malformed.body.issues).toHaveProperty("slug");
  });
});

describe("the event operations", () => {
  test("GET /api/events lists the event with its counts", async () => {
    const response = await call(eventsRoute.GET, "GET", "/api/events", { as: "viewer" });
    expect(response.status).toBe(200);
    expect(response.body.events).toContainEqual(expect.objectContaining({ slug: SLUG, title: "API test", articleCount: await articleCount() }));
  });

  test("POST /api/events/{slug}/extract runs for an editor, and is refused to a viewer", async () => {
    expect((await call(extractRoute.POST, "POST", `/api/events/${SLUG}/extract`, { as: "viewer", params: { slug: SLUG } })).status).toBe(403);
    const response = await call(extractRoute.POST, "POST", `/api/events/${SLUG}/extract`, { as: "editor", params: { slug: SLUG } });
    expect(response).toMatchObject({ status: 200, body: { articles: await articleCount(), skipped: [] } });
    expect((await call(extractRoute.POST, "POST", "/api/events/no-such-event/extract", { as: "editor", params: { slug: "no-such-event" } })).status).toBe(404);
  });

  test("GET /api/events/{slug}/export answers the export, which names the imported articles", async () => {
    const response = await call(exportRoute.GET, "GET", `/api/events/${SLUG}/export`, { as: "viewer", params: { slug: SLUG } });
    expect(response).toMatchObject({ status: 200, body: { schemaVersion: EXPORT_SCHEMA_VERSION, event: { slug: SLUG } } });
    expect((response.body.articles as { title: string }[]).map((a) => a.title)).toContain("Truppen an der Grenze");
    expect((await call(exportRoute.GET, "GET", "/api/events/no-such-event/export", { as: "viewer", params: { slug: "no-such-event" } })).status).toBe(404);
  });

  test.each([
    { format: "md", type: "text/markdown; charset=utf-8", file: `${SLUG}-report.md`, starts: "# API test" },
    { format: "html", type: "text/html; charset=utf-8", file: `${SLUG}-report-de.html`, starts: "<!doctype html>", query: "&language=de" },
    { format: "pdf", type: "application/pdf", file: `${SLUG}-report.pdf`, starts: "%PDF-" },
    { format: "csv", type: "text/csv; charset=utf-8; header=present", file: `${SLUG}-report-claims.csv`, starts: "\uFEFFevent,facet_id" },
    { format: "json", type: "application/json; charset=utf-8", file: `${SLUG}.json`, starts: '{\n  "schemaVersion": 2' },
    { format: "claimreview", type: "application/ld+json; charset=utf-8", file: `${SLUG}-report-claimreview.jsonld`, starts: '{\n  "@context": "https://schema.org"' },
  ])("GET /api/events/{slug}/export?format=$format answers a $type file to save", async ({ format, type, file, starts, query = "" }) => {
    const response = await send(exportRoute.GET, "GET", `/api/events/${SLUG}/export`, { as: "viewer", params: { slug: SLUG }, query: `?format=${format}${query}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${file}"; filename*=UTF-8''${file}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString(format === "pdf" ? "latin1" : "utf8").startsWith(starts)).toBe(true);
  });

  test("GET /api/events/{slug}/export refuses an unknown format or option with 422, and anonymous callers with 401", async () => {
    const invalid = await call(exportRoute.GET, "GET", `/api/events/${SLUG}/export`, { as: "viewer", params: { slug: SLUG }, query: "?format=xml&language=fr&facets=x" });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.issues as object).sort()).toEqual(["facets", "format", "language"]);
    expect((await call(exportRoute.GET, "GET", `/api/events/${SLUG}/export`, { as: "anonymous", params: { slug: SLUG }, query: "?format=pdf" })).status).toBe(401);
  });

  test("GET /api/events/{slug}/history pages through the record, newest first, in words", async () => {
    const history = (query: string) => call(historyRoute.GET, "GET", `/api/events/${SLUG}/history`, { as: "viewer", params: { slug: SLUG }, query });
    const all = await history("");
    const entries = all.body.entries as { id: string; summary: string; actor: string }[];
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.map((e) => e.summary)).toContain("added article “Truppen an der Grenze”");
    expect(entries.find((e) => e.summary.startsWith("added article"))?.actor).toBe(ids.editor);
    const first = await history("?take=1");
    expect(first.body).toMatchObject({ entries: [{ id: entries[0]!.id }], hasMore: true });
    const second = await history(`?take=1&before=${entries[0]!.id}`);
    expect(second.body).toMatchObject({ entries: [{ id: entries[1]!.id }] });
    const invalid = await history("?take=0&before=x");
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.issues as object).sort()).toEqual(["before", "take"]);
  });
});

describe("the user operations", () => {
  const newUser = { email: "New.Person@API.test", name: "New Person", role: "editor", password: "long-enough-password" };

  test("an admin creates an account that can sign in; an editor may not", async () => {
    expect((await call(usersRoute.POST, "POST", "/api/users", { as: "editor", json: newUser })).status).toBe(403);
    const created = await call(usersRoute.POST, "POST", "/api/users", { as: "admin", json: newUser });
    expect(created).toMatchObject({ status: 201, body: { email: "new.person@api.test", role: "editor" } });
    const signIn = await getAuth().api.signInEmail({ body: { email: "new.person@api.test", password: newUser.password }, asResponse: true });
    expect(signIn.status).toBe(200);
    expect((await call(usersRoute.POST, "POST", "/api/users", { as: "admin", json: newUser })).status).toBe(409);
  });

  test.each([
    { label: "a short password", json: { ...newUser, email: "a@api.test", password: "short" }, field: "password" },
    { label: "an unknown role", json: { ...newUser, email: "b@api.test", role: "owner" }, field: "role" },
    { label: "no email", json: { role: "viewer", password: "long-enough-password" }, field: "email" },
  ])("refuses $label with 422 and the field's problem", async ({ json, field }) => {
    const response = await call(usersRoute.POST, "POST", "/api/users", { as: "admin", json });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.issues as object)).toEqual([field]);
  });

  test.each([
    { label: "a body that is not JSON", body: "{email", headers: { "content-type": "application/json" }, status: 422 },
    { label: "a form body", body: "email=a", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 422 },
    { label: "a JSON body over 1 MB", body: JSON.stringify({ ...newUser, name: "x".repeat(1024 * 1024) }), headers: { "content-type": "application/json" }, status: 413 },
  ])("refuses $label with $status", async ({ body, headers, status }) => {
    expect((await call(usersRoute.POST, "POST", "/api/users", { as: "admin", body, headers })).status).toBe(status);
  });

  test("GET /api/users lists the accounts for an admin only", async () => {
    expect((await call(usersRoute.GET, "GET", "/api/users", { as: "editor" })).status).toBe(403);
    const response = await call(usersRoute.GET, "GET", "/api/users", { as: "admin" });
    expect(response.body.users).toContainEqual(expect.objectContaining({ id: ids.viewer, email: "viewer@api.test", role: "viewer", sessions: 1 }));
  });

  test("PATCH /api/users/{id} changes a role, answers 404 for no account, and never demotes the last admin", async () => {
    const patch = (id: string, role: string, as: Caller = "admin") => call(userRoute.PATCH, "PATCH", `/api/users/${id}`, { as, params: { id }, json: { role } });
    expect((await patch(ids.viewer!, "admin", "editor")).status).toBe(403);
    expect(await patch(ids.viewer!, "editor")).toEqual({ status: 200, body: { id: ids.viewer, role: "editor" } });
    expect(await patch(ids.viewer!, "viewer")).toEqual({ status: 200, body: { id: ids.viewer, role: "viewer" } });
    expect((await patch("no-such-account", "viewer")).status).toBe(404);
    expect((await patch(ids.admin!, "viewer")).status).toBe(409);
  });

  test("POST /api/users/{id}/sign-out-everywhere ends the account's sessions", async () => {
    const signOut = (as: Caller) =>
      call(signOutRoute.POST, "POST", `/api/users/${ids.viewer}/sign-out-everywhere`, { as, params: { id: ids.viewer! } });
    expect((await signOut("editor")).status).toBe(403);
    expect(await signOut("admin")).toEqual({ status: 200, body: { id: ids.viewer, sessionsRevoked: 1 } });
    expect((await call(eventsRoute.GET, "GET", "/api/events", { as: "viewer" })).status).toBe(401);
  });
});

describe("GET /api/openapi.json", () => {
  test("answers anyone with every operation", async () => {
    const response = await call(openApiRoute.GET, "GET", "/api/openapi.json", { as: "anonymous" });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths as object)).toContain("/api/events/{slug}/articles");
  });
});

describe("handle()", () => {
  const operation = defineOperation({
    operationId: "probe",
    method: "GET",
    path: "/api/probe",
    tag: "meta",
    summary: "A probe",
    access: "public",
    response: { status: 200, description: "A count.", schema: z.object({ count: z.int() }) },
  });

  test("turns a result outside the response schema into a 500 that reveals nothing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = handle(operation, async () => ({ count: "secret" }) as unknown as { count: number });
    expect(await call(handler, "GET", "/api/probe", { as: "anonymous" })).toEqual({ status: 500, body: { error: "Something went wrong on our side." } });
    error.mockRestore();
  });

  test("strips what the response schema does not list", async () => {
    const handler = handle(operation, async () => ({ count: 1, passwordHash: "x" }) as { count: number });
    expect(await call(handler, "GET", "/api/probe", { as: "anonymous" })).toEqual({ status: 200, body: { count: 1 } });
  });
});
