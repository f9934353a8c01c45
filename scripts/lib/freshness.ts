/**
 * Whether something made from sources (a build, a bundle) is current: it exists, and none of its
 * sources is missing or was modified after it was made. Times are modification times in ms;
 * undefined is a file that does not exist.
 */
export function isCurrent(madeAt: number | undefined, sourceTimes: Iterable<number | undefined>): boolean {
  if (madeAt === undefined) return false;
  for (const time of sourceTimes) if (time === undefined || time > madeAt) return false;
  return true;
}
