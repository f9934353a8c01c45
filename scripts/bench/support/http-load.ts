import { median } from "./measure";

/** What one request got: how long it took (ms, body read in full), its status and size. */
export type Sample = { ms: number; status: number; bytes: number };

/**
 * GETs `path` with the session cookie and throws unless it got the page itself: a redirect (to
 * the sign-in page, most likely, when the session is not accepted) or any status but 200 means
 * the benchmark would time something other than what it names.
 */
export async function getPage(baseUrl: string, path: string, cookie: string): Promise<Sample> {
  const start = performance.now();
  const response = await fetch(new URL(path, baseUrl), { headers: { cookie }, redirect: "manual" });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location") ?? "";
    throw new Error(`${path}: HTTP ${response.status} redirect to ${location}${location.includes("/sign-in") ? " (not signed in)" : ""}`);
  }
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  return { ms, status: response.status, bytes: body.byteLength };
}

/** `requests` GETs of `path`, `concurrency` at a time; every one must succeed (see getPage). */
export async function loadPage(baseUrl: string, path: string, cookie: string, requests: number, concurrency: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  let started = 0;
  const client = async () => {
    while (started < requests) {
      started += 1;
      samples.push(await getPage(baseUrl, path, cookie));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return samples;
}

/** The p-th percentile (0–100) of some numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export function summarize(samples: readonly Sample[]) {
  const times = samples.map((s) => s.ms);
  return { p50: median(times), p95: percentile(times, 95), bytes: median(samples.map((s) => s.bytes)), count: samples.length };
}
