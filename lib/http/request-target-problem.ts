/**
 * Why the path of a request target cannot be routed, or null. A %-escape that does not decode to
 * UTF-8 ("/api/users/%89") makes Next.js's router throw, which it answers with a bare 500; it is
 * the client's mistake, so scripts/serve.ts answers 400 before routing.
 */
export function requestTargetProblem(target: string): string | null {
  const path = target.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return "This address has a %-escape that is not UTF-8 text, so it names no page.";
  }
}
