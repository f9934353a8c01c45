import { readdirSync, readFileSync } from "node:fs";

// Linux's clock ticks per second for /proc/<pid>/stat's times (USER_HZ; 100 on every current kernel).
const TICKS_PER_SECOND = 100;

/**
 * The CPU time (user + system, in ms) spent so far by the process `rootPid` and all its
 * descendants, from /proc; null where /proc is missing (not Linux). On a machine shared with other
 * work, a server's CPU time per request is disturbed far less than its response times are.
 */
export function processTreeCpuMs(rootPid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces), in its closing parenthesis' wake.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(pid), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the list was read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; p = stats.get(p)?.parent, depth += 1) if (p === rootPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
