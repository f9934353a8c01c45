import { BlockList, isIP } from "node:net";

// Who is calling, as far as the app can know. The socket's peer is the only address nobody can
// forge; `X-Forwarded-For`, `-Host` and `-Proto` are plain headers any client can send. They are
// believed only when the peer is one of the reverse proxies named in TRUSTED_PROXIES, and then
// only as far back as the chain of trusted proxies goes (the rightmost address that is not one of
// them is the client: what a trusted proxy appended, not what the client claimed before it).

/** The reverse proxies whose forwarded headers are believed: addresses and CIDR ranges. */
export type TrustedProxies = { entries: readonly string[]; list: BlockList };

/** Parses "10.0.0.1, 10.1.0.0/16, ::1": throws a readable error on the first bad entry. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits) || prefix === "")) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { entries, list };
}

/** Whether `address` is one of the trusted proxies (IPv4-mapped IPv6 counts as IPv4). */
export function isTrustedProxy(address: string, proxies: TrustedProxies): boolean {
  if (proxies.entries.length === 0) return false;
  const plain = unmapIPv4(address);
  const family = isIP(plain);
  if (!family) return false;
  return proxies.list.check(plain, family === 6 ? "ipv6" : "ipv4");
}

export type Forwarding = {
  /** The client's address: the peer, or the first untrusted hop behind trusted proxies. */
  clientAddress: string;
  /** The host and scheme a trusted proxy says the client used, else null (use Host). */
  host: string | null;
  proto: "http" | "https" | null;
};

/**
 * Resolves who is calling from the socket's peer address and the request's forwarded headers.
 * Headers are read only when the peer is a trusted proxy.
 */
export function resolveForwarding(
  socketPeer: string,
  headers: { forwardedFor?: string; forwardedHost?: string; forwardedProto?: string },
  proxies: TrustedProxies,
): Forwarding {
  // One spelling per address: a server listening on "::" sees IPv4 clients as ::ffff:a.b.c.d.
  const peer = unmapIPv4(socketPeer);
  if (!isTrustedProxy(peer, proxies)) return { clientAddress: peer, host: null, proto: null };
  const hops = [
    ...(headers.forwardedFor ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean),
    peer,
  ];
  // From the right: skip our own proxies; the first other address is the client.
  let client = hops[0] ?? peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = unmapIPv4(hops[i]!);
    if (!isIP(hop)) break;
    client = hop;
    if (!isTrustedProxy(hop, proxies)) break;
  }
  const host = headers.forwardedHost?.split(",")[0]?.trim() || null;
  const proto = headers.forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return { clientAddress: client, host, proto: proto === "https" || proto === "http" ? proto : null };
}

/** "::ffff:203.0.113.7" → "203.0.113.7"; other addresses as they are. */
function unmapIPv4(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
}
