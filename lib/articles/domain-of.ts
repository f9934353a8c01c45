/**
 * The site of a URL without "www.": example.org for https://www.example.org/x. Undefined when it
 * has none, and for an address written as an IP (a server, not a publication's name).
 */
export function domainOf(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith("[")) return undefined;
  return host.replace(/^www\./, "") || undefined;
}
