// npm run bench:places – how fast the place model gets ready and answers.
// Cold: a fresh process builds the index from the data packages (and writes the cache). Warm: a fresh
// process finds the cache (the case of every process after the first on a machine; target well under
// 100 ms). Memory: heap held by the index after loading, and after every place has been handed out
// once. Lookups: resolvePlace over names of the index, German genitives and unknown words, against a
// bare Map.get over the same strings in the same run (the floor), and countryOfAdjective.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { countryOfAdjective, loadPlaceIndex, resolvePlace } from "@/lib/places";
import { placeIndex } from "@/lib/places/load-place-index";
import { clearResolvedPlaces } from "@/lib/places/resolve-place";
import { median, ms } from "./support/measure";
import { createRandom } from "./support/random";

const COLD_RUNS = 3;
const WARM_RUNS = 9;
const LOOKUP_RUNS = 9;
// Passes over the workload per timed run: long enough (tens of milliseconds) that a scheduler's
// preemption on a shared machine does not decide the ratio.
const PASSES = 20;

type ChildReport = { milliseconds: number; cpuMilliseconds: number; source: string; heapAfterLoad: number; heapAfterAll: number; size: number; cacheFile: string | null };

/** In a fresh process: load the index from `directory` and report time and heap. */
function child(mode: "cold" | "warm", directory: string): void {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const before = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const load = loadPlaceIndex({ directory, rebuild: mode === "cold" });
  const used = process.cpuUsage(cpu);
  const cpuMilliseconds = (used.user + used.system) / 1000;
  gc();
  const heapAfterLoad = process.memoryUsage().heapUsed - before;
  for (let i = 0; i < load.index.size; i++) load.index.row(i);
  gc();
  const heapAfterAll = process.memoryUsage().heapUsed - before;
  const report: ChildReport = { milliseconds: load.milliseconds, cpuMilliseconds, source: load.source, heapAfterLoad, heapAfterAll, size: load.index.size, cacheFile: load.cacheFile };
  console.log(JSON.stringify(report));
}

/**
 * CPU milliseconds (user + system) of one call: on a shared machine wall time mostly measures how long
 * the process waited for a core, so lookups are timed by the CPU they use.
 */
function cpuTime(work: () => unknown): number {
  const start = process.cpuUsage();
  sink = work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
let sink: unknown;

function runChild(mode: "cold" | "warm", directory: string): ChildReport {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", tsx, import.meta.filename, "--child", mode, directory], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`child ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as ChildReport;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function lookupWorkload(): string[] {
  const { cacheFile } = loadPlaceIndex();
  if (!cacheFile) throw new Error("the benchmark needs the cache file to pick names from");
  const data = JSON.parse(readFileSync(cacheFile, "utf8")) as { names: string };
  const names = data.names.split("\n").map((line) => line.slice(0, line.indexOf("\t")));
  const random = createRandom(8);
  const pick = () => random.pick(names);
  const work: string[] = [];
  for (let i = 0; i < 20_000; i++) work.push(pick());
  for (let i = 0; i < 3_000; i++) work.push(`${pick()}s`); // German genitives, and misses that try them
  for (let i = 0; i < 5_000; i++) work.push(`Unbekanntort${i}`);
  return work;
}

function main(): void {
  const directory = mkdtempSync(path.join(tmpdir(), "claimdiff-bench-places-"));
  try {
    const cold = Array.from({ length: COLD_RUNS }, () => runChild("cold", directory));
    const warm = Array.from({ length: WARM_RUNS }, () => runChild("warm", directory));
    if (warm.some((w) => w.source !== "cache")) throw new Error("a warm run did not find the cache");
    const cacheBytes = statSync(warm[0]!.cacheFile!).size;
    console.log(`Index: ${warm[0]!.size.toLocaleString("en")} places; cache file ${mb(cacheBytes)}`);
    const times = (runs: ChildReport[]) =>
      `median ${ms(median(runs.map((r) => r.milliseconds)))}, best ${ms(Math.min(...runs.map((r) => r.milliseconds)))}; CPU median ${ms(median(runs.map((r) => r.cpuMilliseconds)))}`;
    console.log(`cold build, fresh process, median of ${COLD_RUNS}:            ${times(cold)}`);
    console.log(`warm load from the cache, fresh process, median of ${WARM_RUNS}: ${times(warm)}  (target: well under 100 ms)`);
    console.log(`heap held by the index: ${mb(median(warm.map((w) => w.heapAfterLoad)))} after loading, ${mb(median(warm.map((w) => w.heapAfterAll)))} with every place handed out`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  placeIndex();
  const work = lookupWorkload();
  const floor = new Map<string, number>();
  for (const [i, name] of work.entries()) floor.set(name, i);
  const floorPass = () => {
    let hits = 0;
    for (let pass = 0; pass < PASSES; pass++) for (const name of work) if (floor.get(name) !== undefined) hits++;
    return hits;
  };
  let found = 0;
  const resolveAll = (forget: boolean) => {
    for (let pass = 0; pass < PASSES; pass++) {
      if (forget) clearResolvedPlaces();
      found = 0;
      for (const name of work) if (resolvePlace(name, "de")) found++;
    }
    return found;
  };
  // Interleaved, so that the floor and what it is compared with see the same load; the ratio is taken
  // per run and its median reported.
  const runs = { bare: [] as number[], firstSight: [] as number[], repeated: [] as number[] };
  for (let run = 0; run < LOOKUP_RUNS + 1; run++) {
    const b = cpuTime(floorPass);
    const f = cpuTime(() => resolveAll(true));
    const r = cpuTime(() => resolveAll(false));
    if (run === 0) continue; // warm-up
    runs.bare.push(b);
    runs.firstSight.push(f);
    runs.repeated.push(r);
  }
  const bare = median(runs.bare);
  const firstSight = median(runs.firstSight);
  const repeated = median(runs.repeated);
  const ratio = (times: number[]) => median(times.map((t, i) => t / runs.bare[i]!));
  const perSecond = (t: number, count = work.length * PASSES) => Math.round(count / (t / 1000)).toLocaleString("en");
  if (sink === Symbol.for("never")) console.log(sink);
  console.log(`\nLookups (CPU time): ${PASSES} passes over ${work.length.toLocaleString("en")} names (${found.toLocaleString("en")} resolved) per run, median of ${LOOKUP_RUNS} runs:`);
  console.log(`bare Map.get (floor)          ${perSecond(bare).padStart(12)} /s`);
  console.log(`resolvePlace, first sight     ${perSecond(firstSight).padStart(12)} /s   ${ratio(runs.firstSight).toFixed(1)}× the floor's time`);
  console.log(`resolvePlace, repeated names  ${perSecond(repeated).padStart(12)} /s   ${ratio(runs.repeated).toFixed(1)}× the floor's time`);

  const adjectives = ["spanischen", "französischer", "US-amerikanische", "Helfer", "politische", "Syrian", "German", "voters"];
  const adjectiveWork = Array.from({ length: 300_000 }, (_, i) => adjectives[i % adjectives.length]!);
  const adjectivePass = () => {
    let hits = 0;
    for (const words of adjectiveWork) if (countryOfAdjective(words, words === words.toLowerCase() ? "de" : "en")) hits++;
    return hits;
  };
  adjectivePass();
  const memoized = median(Array.from({ length: LOOKUP_RUNS }, () => cpuTime(adjectivePass)));
  console.log(`countryOfAdjective (memoized)  ${perSecond(memoized, adjectiveWork.length).padStart(11)} /s`);
}

if (process.argv[2] === "--child") child(process.argv[3] === "cold" ? "cold" : "warm", process.argv[4]!);
else main();
