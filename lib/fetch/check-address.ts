import ipaddr from "ipaddr.js";

// Addresses a server-side fetch must never reach on a person's say-so: this machine, the private
// networks around it, the cloud's metadata service, and ranges that are not the public internet
// or that tunnel to an IPv4 address of their own (which could be any of the above). From the IANA
// special-purpose address registries; the first matching row names the reason.
const REFUSED_RANGES: readonly (readonly [range: string, reason: string])[] = [
  ["0.0.0.0/8", "a “this network” address"],
  ["10.0.0.0/8", "a private network address"],
  ["100.64.0.0/10", "a carrier-grade NAT address (100.64.0.0/10), inside a provider's network"],
  ["127.0.0.0/8", "a loopback address (this server itself)"],
  ["169.254.169.254/32", "the cloud metadata service"],
  ["169.254.0.0/16", "a link-local address"],
  ["172.16.0.0/12", "a private network address"],
  ["192.0.0.0/24", "an IETF protocol address"],
  ["192.0.2.0/24", "a documentation address"],
  ["192.88.99.0/24", "a 6to4 relay address"],
  ["192.168.0.0/16", "a private network address"],
  ["198.18.0.0/15", "a benchmarking network address"],
  ["198.51.100.0/24", "a documentation address"],
  ["203.0.113.0/24", "a documentation address"],
  ["224.0.0.0/4", "a multicast address"],
  ["240.0.0.0/4", "a reserved address"],
  ["::/128", "the unspecified IPv6 address"],
  ["::1/128", "the IPv6 loopback address (this server itself)"],
  ["::ffff:0:0/96", "an IPv4-mapped IPv6 address"],
  ["::/96", "an IPv4-compatible IPv6 address"],
  ["64:ff9b::/96", "a NAT64 address (it reaches an IPv4 address)"],
  ["64:ff9b:1::/48", "a local NAT64 address"],
  ["100::/64", "a discard-only IPv6 address"],
  ["2001::/23", "an IETF special-purpose IPv6 address (Teredo and others)"],
  ["2001:db8::/32", "an IPv6 documentation address"],
  ["2002::/16", "a 6to4 address (it reaches an IPv4 address)"],
  ["fc00::/7", "a unique-local IPv6 address (a private network)"],
  ["fe80::/10", "a link-local IPv6 address"],
  ["fec0::/10", "a site-local IPv6 address"],
  ["ff00::/8", "a multicast IPv6 address"],
];

const PARSED_RANGES = REFUSED_RANGES.map(([range, reason]) => ({ range: ipaddr.parseCIDR(range), reason }));

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Whether a server-side fetch may connect to `address` (IPv4 or IPv6, as DNS returns it). Refuses
 * every special-purpose range above, and, as a second net, whatever ipaddr.js does not count as
 * ordinary unicast. Never throws: text that is not an address is refused with a reason.
 */
export function checkAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(bare)) return { ok: false, reason: `“${address}” is not an IP address` };
  const parsed = ipaddr.parse(bare);
  for (const { range, reason } of PARSED_RANGES) {
    if (range[0].kind() === parsed.kind() && parsed.match(range)) return { ok: false, reason };
  }
  const kind = parsed.range();
  if (kind !== "unicast") return { ok: false, reason: `a special-purpose address (${kind})` };
  return { ok: true };
}
