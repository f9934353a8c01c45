/** The median of some numbers (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Runs `work` `warmup` times untimed (JIT, caches), then `runs` times timed; returns the
 * milliseconds of each timed run. `work` returns something so the engine cannot drop it.
 */
export function timeRuns(work: () => unknown, runs: number, warmup = 5): number[] {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = work();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return times;
}

export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
