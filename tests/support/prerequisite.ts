/**
 * Whether something a test needs from outside the repository is here (Chromium, ../shared/seeds).
 * On a laptop without it the tests that need it skip; under CI (`CI=true`) a missing prerequisite
 * throws, failing the run, so CI can never pass by skipping them.
 */
export function prerequisite(what: string, present: boolean): boolean {
  if (!present && process.env.CI === "true") {
    throw new Error(`${what} is missing. Under CI a missing prerequisite fails the run instead of skipping tests.`);
  }
  return present;
}
