import ipaddr from "ipaddr.js";

/**
 * What the operator lets the server fetch although the address rules refuse it
 * (`CLAIMDIFF_FETCH_ALLOW`): host names, matched exactly, and address ranges.
 */
export type FetchAllowList = {
  hosts: readonly string[];
  /** Ranges as "address/prefix", IPv4 or IPv6 (a single address is a /32 or /128). */
  ranges: readonly string[];
};

export const EMPTY_ALLOW_LIST: FetchAllowList = { hosts: [], ranges: [] };

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Reads "news.internal, 10.1.2.0/24, 127.0.0.1" into an allow-list. Each entry is a CIDR range, a
 * single address, or a host name. Returns the entries it could not read as `invalid`, so the
 * setting fails loudly instead of allowing less (or more) than the operator meant.
 */
export function parseAllowList(value: string): { allow: FetchAllowList; invalid: string[] } {
  const hosts: string[] = [];
  const ranges: string[] = [];
  const invalid: string[] = [];
  for (const raw of value.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const bare = entry.replace(/^\[(.*)\]$/, "$1");
    if (ipaddr.isValidCIDR(bare)) {
      const [address, prefix] = ipaddr.parseCIDR(bare);
      ranges.push(`${address.toString()}/${prefix}`);
    } else if (ipaddr.isValid(bare)) {
      const address = ipaddr.parse(bare);
      ranges.push(`${address.toString()}/${address.kind() === "ipv4" ? 32 : 128}`);
    } else if (HOST.test(entry)) {
      hosts.push(entry);
    } else {
      invalid.push(raw.trim());
    }
  }
  return { allow: { hosts, ranges }, invalid };
}

/** Whether the operator allowed this host name. */
export function isAllowedHost(allow: FetchAllowList, host: string): boolean {
  return allow.hosts.includes(host.toLowerCase().replace(/\.$/, ""));
}

/** Whether the operator allowed this address (an IPv4-mapped IPv6 address counts as its IPv4). */
export function isAllowedAddress(allow: FetchAllowList, address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return allow.ranges.some((range) => {
    const [network, prefix] = ipaddr.parseCIDR(range);
    return network.kind() === parsed.kind() && parsed.match(network, prefix);
  });
}
