// npm run bench:load – the app under load on loopback (autocannon), on the production build:
// 1. readers: 100 connections, each signed in, reading the event overview and facet views of a
//    generated event (100 articles × 20 facets) in turn for 60 s; then the same connections on
//    `/events` for 60 s, the floor (target: readers' throughput ≥ half of `/events`', 0 errors);
// 2. editors: 20 editors, each signed in with an account of their own, saving claims at once
//    (confirm, reject, confirm… each save naming the version it saw, as the facet view's review
//    form does, submitted as a browser without JavaScript submits it), 10 saves each; then 20
//    connections making as many requests of `/events`. Afterwards every claim's version is
//    checked against the saves counted, so a lost or doubled save shows.
// Each phase prints requests/s, p50, p95 and errors (non-2xx, timeouts, connection errors).
// Every page is fetched once first and must not redirect (to the sign-in page, say).
// `--quick` (CI): 20 articles × 5 facets, 20 readers for 10 s, 5 editors saving 4 times each.
// `--readers N --duration S --editors N --saves N --timeout S` override; `--warmup S`: before the
// readers' phase, S seconds of readers and `/events` together, not timed (see below); `--cpu-prof DIR`: the app's
// processes write V8 CPU profiles into DIR when the run ends (the server's is serve-<pid>.cpuprofile).
import autocannon from "autocannon";
import { parseArgs } from "node:util";
import { parseReviewChoice, REVIEW_CHOICE, reviewChoice } from "@/lib/claims/review-choice";
import { disconnectDb } from "@/lib/db/client";
import { loadFacetView } from "@/lib/db/load-facet-view";
import { BENCH_ADMIN, startBenchServer } from "./support/bench-server";
import { OVERVIEW_SIZE } from "./support/generate-event";
import { findFormById, multipart, type HtmlForm } from "./support/html-forms";
import { getPage, percentile } from "./support/http-load";
import { median, ms } from "./support/measure";
import { BENCH_EVENT, benchEditorEmail, seedBenchEvent } from "./support/seed-bench-event";
import { signIn } from "./support/sign-in";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    readers: { type: "string" },
    duration: { type: "string" },
    editors: { type: "string" },
    saves: { type: "string" },
    timeout: { type: "string", default: "30" },
    warmup: { type: "string", default: "0" },
  },
});
const quick = args.quick;
const size = quick ? { ...OVERVIEW_SIZE, articles: 20, facets: 5 } : OVERVIEW_SIZE;
const readers = Number(args.readers ?? (quick ? 20 : 100));
const duration = Number(args.duration ?? (quick ? 10 : 60));
const editors = Number(args.editors ?? (quick ? 5 : 20));
const savesEach = Number(args.saves ?? (quick ? 4 : 10));
const timeout = Number(args.timeout);
const warmup = Number(args.warmup);
const EDITOR_PASSWORD = "bench-editor-password";
/** The facet view's review form's id (REVIEW_FORM_ID in its claim-review-form.tsx, a client module). */
const REVIEW_FORM = "claim-review-form";

type Phase = { label: string; connections: number; requests: number; seconds: number; perSecond: number; p50: number; p95: number; errors: string; failed: number };

/** Runs autocannon and measures what it reports, with p95 from every response time. */
async function run(label: string, options: autocannon.Options): Promise<Phase> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ timeout, ...options }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const failed = result.non2xx + result.errors;
  return {
    label,
    connections: options.connections ?? 10,
    requests: result.requests.total,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    p50: median(times),
    p95: percentile(times, 95),
    errors: `${result.non2xx} non-2xx, ${result.timeouts} timeouts, ${result.errors - result.timeouts} connection errors`,
    failed,
  };
}

const HEADER = "| phase | connections | requests | time | requests/s | p50 | p95 | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |";
const row = (p: Phase) =>
  `| ${p.label} | ${p.connections} | ${p.requests} | ${p.seconds.toFixed(1)} s | ${p.perSecond.toFixed(1)} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.errors} |`;

/**
 * Waits until the server is idle again: a request the clients gave up on (a timeout) is still
 * rendered to the end, so a phase can leave minutes of work behind, which the next phase would
 * pay for. Idle: `/events` answers within three times its time on the idle server (`idleMs`).
 */
async function settle(baseUrl: string, cookie: string, idleMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    // A probe that times out itself (the server is that far behind) just means: not yet.
    const took = await getPage(baseUrl, "/events", cookie).then(
      (sample) => sample.ms,
      () => Infinity,
    );
    if (took <= Math.max(3 * idleMs, 250)) break;
    if (performance.now() - started > 30 * 60_000) throw new Error("the server was still busy 30 minutes after the phase");
  }
  console.log(`  (the server stayed busy ${((performance.now() - started) / 1000).toFixed(0)} s after this phase)`);
}

const server = await startBenchServer({ cpuProfileDir: args["cpu-prof"] });
try {
  const event = await seedBenchEvent(server.databaseUrl, size, { count: editors, password: EDITOR_PASSWORD });
  console.log(`Event: ${event.articles} articles × ${event.facets} facets, ${event.claims} claims; ${server.baseUrl}\n`);
  const cookie = await signIn(server.baseUrl, BENCH_ADMIN.email, BENCH_ADMIN.password);
  const readerPaths = [event.overview, ...event.facetViews];
  for (const path of [...readerPaths, "/events"]) await getPage(server.baseUrl, path, cookie);
  const idleTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) idleTimes.push((await getPage(server.baseUrl, "/events", cookie)).ms);
  const idle = median(idleTimes);
  if (warmup > 0) {
    // Not timed: the readers' phase comes first, so without this it alone pays the server's
    // warm-up (V8 optimizing the rendering of large pages, the heap growing, the other facet
    // views' first build), and the floor after it runs on a warm server.
    const warmed = await run("warm-up", { url: server.baseUrl, connections: readers, duration: warmup, headers: { cookie }, requests: [...readerPaths, "/events"].map((path) => ({ method: "GET", path })) });
    console.log(`Warm-up: ${warmup} s of readers and /events together, ${warmed.requests} requests, not timed`);
    await settle(server.baseUrl, cookie, idle);
  }
  // The editors sign in now, while the server is idle: signing in is slow on purpose (password hashing).
  const sessions: string[] = [];
  for (let i = 1; i <= editors; i += 1) sessions.push(await signIn(server.baseUrl, benchEditorEmail(i), EDITOR_PASSWORD));
  // The facet view shows its claims a page at a time: the first three pages' claims. Each page has
  // one review form; each card's buttons submit it (form="…"), naming status, claim and the
  // version the card showed.
  const pages = await Promise.all(
    [1, 2, 3].map((n) => fetch(new URL(`${event.facetView}?page=${n}`, server.baseUrl), { headers: { cookie: sessions[0]! } }).then((r) => r.text())),
  );
  type Offer = { form: HtmlForm; id: string; version: number; statuses: string[] };
  // A page past the last shows the last one again: keep each claim once, or a claim's second copy
  // would track a version its first copy's saves moved on.
  const offers = new Map<string, Offer>();
  for (const page of pages) {
    const form = findFormById(page, REVIEW_FORM);
    if (!form) throw new Error(`a page of the facet view has no review form (#${REVIEW_FORM}) for an editor`);
    for (const button of form.buttons) {
      if (button.name !== REVIEW_CHOICE) continue;
      const { claimId, status, expectedVersion } = parseReviewChoice(button.value, true);
      if (typeof claimId !== "string" || typeof status !== "string" || typeof expectedVersion !== "number" || !(expectedVersion >= 1)) {
        throw new Error(`a review button's value does not name status, claim and version: ${button.value}`);
      }
      const offer = offers.get(claimId) ?? { form, id: claimId, version: expectedVersion, statuses: [] };
      // Every button of a card names the version the card showed.
      if (offer.version !== expectedVersion) throw new Error(`claim ${claimId} is offered at versions ${offer.version} and ${expectedVersion}`);
      offers.set(claimId, { ...offer, statuses: [...offer.statuses, status] });
    }
  }
  // More claims than connections, so a connection always finds one nobody is saving.
  if (offers.size <= editors) throw new Error(`the facet view offers ${offers.size} claims to review to an editor; more than ${editors} needed`);
  // Claim i belongs to editor i mod editors; the card offers every status but the claim's own,
  // and saving that one would change nothing.
  type Claim = { form: HtmlForm; id: string; editor: number; version: number; status: "confirmed" | "rejected"; busy: boolean };
  const claims: Claim[] = [...offers.values()].map((offer, i) => ({
    form: offer.form,
    id: offer.id,
    editor: i % editors,
    version: offer.version,
    status: offer.statuses.includes("confirmed") ? "confirmed" : "rejected",
    busy: false,
  }));
  const tally = { saved: 0, conflicts: 0, other: 0 };
  const unexpected: string[] = [];
  let turn = 0;
  // autocannon gives each request a fresh context (with one request to repeat): it carries the
  // claim from the request to its response, and a claim is never saved twice at once.
  type Context = { claim?: Claim };

  // 1. Readers (one session: each request checks it against the database all the same).
  console.log(`Readers: ${readers} connections, ${duration} s each on ${readerPaths.join(", ")}, then on /events\n`);
  console.log(HEADER);
  const readPages = await run("readers: overview and facet views", {
    url: server.baseUrl,
    connections: readers,
    duration,
    headers: { cookie },
    requests: readerPaths.map((path) => ({ method: "GET", path })),
  });
  console.log(row(readPages));
  await settle(server.baseUrl, cookie, idle);
  const readFloor = await run("readers: /events (floor)", { url: server.baseUrl, connections: readers, duration, headers: { cookie }, requests: [{ method: "GET", path: "/events" }] });
  console.log(row(readFloor));
  await settle(server.baseUrl, cookie, idle);

  // 2. Editors, each with a session and claims of their own.
  console.log(`\nEditors: ${editors} editors saving claims of ${event.facetView} ${savesEach} times each, then ${editors} connections on /events\n`);
  console.log(HEADER);
  const saves = await run("editors: saving claims", {
    url: server.baseUrl,
    connections: editors,
    amount: editors * savesEach,
    requests: [
      {
        method: "POST",
        path: event.facetView,
        setupRequest: (request, context: Context) => {
          let claim = claims[turn++ % claims.length]!;
          while (claim.busy) claim = claims[turn++ % claims.length]!;
          claim.busy = true;
          context.claim = claim;
          // As a browser without JavaScript submits the form: its hidden fields, then the pressed button's.
          const { body, contentType } = multipart([...claim.form.hidden, [REVIEW_CHOICE, reviewChoice(claim.id, claim.version, claim.status)]]);
          return { ...request, body, headers: { ...request.headers, cookie: sessions[claim.editor]!, origin: server.baseUrl, "content-type": contentType } };
        },
        onResponse: (status, body, context: Context) => {
          const claim = context.claim!;
          claim.busy = false;
          if (status === 200 && body.includes("Someone saved this")) tally.conflicts += 1;
          else if (status === 200 && (body.includes("Confirmed.") || body.includes("Rejected: it no longer"))) {
            tally.saved += 1;
            claim.version += 1;
            claim.status = claim.status === "confirmed" ? "rejected" : "confirmed";
          } else {
            tally.other += 1;
            const said = /role="status"[^>]*>([^<]{1,200})/.exec(body)?.[1];
            if (unexpected.length < 3) unexpected.push(`HTTP ${status}${said ? `: “${said}”` : `, ${body.length} bytes`}`);
          }
        },
      },
    ],
  });
  console.log(row(saves));
  await settle(server.baseUrl, cookie, idle);
  const saveFloor = await run("editors' floor: /events", {
    url: server.baseUrl,
    connections: editors,
    amount: editors * savesEach,
    headers: { cookie },
    requests: [{ method: "GET", path: "/events" }],
  });

  process.env.DATABASE_URL = server.databaseUrl;
  const stored = await loadFacetView(BENCH_EVENT, event.facetId);
  await disconnectDb();
  const mismatched = claims.filter((c) => stored?.claimVersions[c.id] !== c.version);

  console.log(row(saveFloor));
  const readRatio = readPages.perSecond / readFloor.perSecond;
  console.log(`\nreaders' throughput ÷ /events': ${readRatio.toFixed(2)} (target ≥ 0.5) ${readRatio >= 0.5 ? "✓" : "✗"}; errors: ${readPages.failed + readFloor.failed} (target 0) ${readPages.failed + readFloor.failed === 0 ? "✓" : "✗"}`);
  console.log(`saves ÷ /events' throughput with ${editors} connections: ${(saves.perSecond / saveFloor.perSecond).toFixed(2)}`);
  // A save the client gave up on may still have landed: then the versions cannot be checked.
  const checkable = saves.failed === 0;
  const versions = !checkable ? "not checked (some saves failed or timed out)" : mismatched.length === 0 ? "match every save ✓" : `differ for ${mismatched.length} claims ✗`;
  console.log(`saves: ${tally.saved} saved, ${tally.conflicts} conflicts, ${tally.other} other responses; stored versions ${versions}`);
  if (unexpected.length > 0) console.log(`other responses, the first: ${unexpected.join("; ")}`);
  // Not a matter of time: the saves did not do what the benchmark says they do.
  if (checkable && (mismatched.length > 0 || tally.other > 0 || tally.conflicts > 0)) process.exitCode = 1;
} finally {
  await server.stop();
}
// Exit with the code set above: the embedded PostgreSQL package's exit hook (async-exit-hook)
// would otherwise end the process with 0 once the event loop empties, hiding a failed check.
process.exit(process.exitCode ?? 0);
