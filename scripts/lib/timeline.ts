/**
 * With CLAIMDIFF_TIMELINE=1, `npm start` and its server say when each step of a start is done, in
 * seconds since the start process began (the server is told that moment through the same
 * variable), to see where a start's time goes. Otherwise silent.
 */
const origin = Number(process.env.CLAIMDIFF_TIMELINE_ORIGIN) || performance.timeOrigin;

export function markTimeline(step: string): void {
  if (process.env.CLAIMDIFF_TIMELINE !== "1") return;
  process.env.CLAIMDIFF_TIMELINE_ORIGIN = String(origin);
  const at = (performance.timeOrigin + performance.now() - origin) / 1000;
  const cpu = process.cpuUsage();
  console.log(`[timeline ${at.toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s] ${step}`);
}
