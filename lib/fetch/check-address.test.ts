import { describe, expect, test } from "vitest";
import { isAllowedAddress, isAllowedHost, parseAllowList } from "./allow-list";
import { checkAddress } from "./check-address";
import { checkUrl } from "./check-url";

describe("checkAddress", () => {
  test.each([
    { label: "loopback", address: "127.0.0.1", reason: /loopback/ },
    { label: "loopback, elsewhere in 127/8", address: "127.45.6.7", reason: /loopback/ },
    { label: "this network", address: "0.0.0.0", reason: /this network/ },
    { label: "private 10/8", address: "10.0.0.5", reason: /private/ },
    { label: "private 172.16/12", address: "172.31.255.254", reason: /private/ },
    { label: "private 192.168/16", address: "192.168.1.1", reason: /private/ },
    { label: "carrier-grade NAT 100.64/10", address: "100.64.0.1", reason: /carrier-grade NAT/ },
    { label: "carrier-grade NAT, a cloud's metadata (100.100.100.200)", address: "100.100.100.200", reason: /carrier-grade NAT/ },
    { label: "the metadata service", address: "169.254.169.254", reason: /metadata/ },
    { label: "link-local", address: "169.254.10.10", reason: /link-local/ },
    { label: "documentation", address: "192.0.2.1", reason: /documentation/ },
    { label: "benchmarking", address: "198.18.0.1", reason: /benchmarking/ },
    { label: "multicast", address: "224.0.0.1", reason: /multicast/ },
    { label: "broadcast", address: "255.255.255.255", reason: /reserved/ },
    { label: "IPv6 loopback", address: "::1", reason: /loopback/ },
    { label: "IPv6 unspecified", address: "::", reason: /unspecified/ },
    { label: "IPv4-mapped loopback", address: "::ffff:127.0.0.1", reason: /IPv4-mapped/ },
    { label: "IPv4-mapped metadata, hex form", address: "::ffff:a9fe:a9fe", reason: /IPv4-mapped/ },
    { label: "IPv4-mapped public address", address: "::ffff:8.8.8.8", reason: /IPv4-mapped/ },
    { label: "NAT64", address: "64:ff9b::7f00:1", reason: /NAT64/ },
    { label: "6to4", address: "2002:7f00:1::1", reason: /6to4/ },
    { label: "Teredo", address: "2001:0:4136:e378::1", reason: /Teredo/ },
    { label: "unique-local", address: "fd00:ec2::254", reason: /unique-local/ },
    { label: "link-local IPv6", address: "fe80::1", reason: /link-local/ },
    { label: "link-local IPv6 with a zone", address: "fe80::1%eth0", reason: /link-local/ },
    { label: "IPv6 multicast", address: "ff02::1", reason: /multicast/ },
    { label: "IPv6 documentation", address: "2001:db8::1", reason: /documentation/ },
    { label: "bracketed IPv6 loopback", address: "[::1]", reason: /loopback/ },
    { label: "not an address", address: "localhost", reason: /not an IP address/ },
  ])("refuses $label ($address)", ({ address, reason }) => {
    const verdict = checkAddress(address);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  test.each([
    { label: "a public IPv4 address", address: "93.184.216.34" },
    { label: "just outside 100.64/10", address: "100.128.0.1" },
    { label: "just outside 172.16/12", address: "172.32.0.1" },
    { label: "a public IPv6 address", address: "2606:4700:4700::1111" },
  ])("accepts $label ($address)", ({ address }) => {
    expect(checkAddress(address)).toEqual({ ok: true });
  });
});

describe("parseAllowList", () => {
  test("reads hosts, single addresses and CIDR ranges, IPv4 and IPv6, and reports what it cannot read", () => {
    const { allow, invalid } = parseAllowList(" News.Internal , 10.1.2.0/24,127.0.0.1, [::1], fd00::/8, not a host!, ");
    expect(allow.hosts).toEqual(["news.internal"]);
    expect(allow.ranges).toEqual(["10.1.2.0/24", "127.0.0.1/32", "::1/128", "fd00::/8"]);
    expect(invalid).toEqual(["not a host!"]);
  });

  test.each([
    { label: "an address inside an allowed range", address: "10.1.2.77", expected: true },
    { label: "an address outside it", address: "10.1.3.1", expected: false },
    { label: "the allowed single address", address: "127.0.0.1", expected: true },
    { label: "the same address IPv4-mapped", address: "::ffff:127.0.0.1", expected: true },
    { label: "an allowed IPv6 range", address: "fd12::1", expected: true },
  ])("isAllowedAddress: $label → $expected", ({ address, expected }) => {
    const { allow } = parseAllowList("10.1.2.0/24, 127.0.0.1, fd00::/8");
    expect(isAllowedAddress(allow, address)).toBe(expected);
  });

  test("matches host names exactly, ignoring case and a final dot, never their subdomains", () => {
    const { allow } = parseAllowList("news.internal");
    expect(isAllowedHost(allow, "NEWS.internal.")).toBe(true);
    expect(isAllowedHost(allow, "evil.news.internal")).toBe(false);
  });
});

describe("checkUrl", () => {
  const none = parseAllowList("").allow;
  test.each([
    { label: "a file URL", url: "file:///etc/passwd", reason: /only http and https/ },
    { label: "a gopher URL", url: "gopher://example.org/", reason: /only http and https/ },
    { label: "a javascript URL", url: "javascript:alert(1)", reason: /only http and https/ },
    { label: "credentials", url: "https://user:secret@example.org/", reason: /user name or password/ },
    { label: "no URL at all", url: "example.org/news", reason: /not a web address/ },
    { label: "a loopback literal", url: "http://127.0.0.1/", reason: /loopback/ },
    { label: "loopback written as one number", url: "http://2130706433/", reason: /loopback/ },
    { label: "loopback written in hex", url: "http://0x7f.1/", reason: /loopback/ },
    { label: "an IPv6 loopback literal", url: "http://[::1]/", reason: /loopback/ },
    { label: "the metadata service", url: "http://169.254.169.254/latest/meta-data/", reason: /metadata/ },
    { label: "another port", url: "https://example.org:8443/", reason: /standard ports/ },
    { label: "a very long URL", url: `https://example.org/${"a".repeat(3000)}`, reason: /longer than/ },
  ])("refuses $label", ({ url, reason }) => {
    const verdict = checkUrl(url, none);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  test("accepts a public https URL and drops its fragment", () => {
    expect(checkUrl("https://example.org/news/1#comments", none)).toEqual({ ok: true, url: "https://example.org/news/1", portNeedsAllowedAddress: false });
  });

  test("an allowed address may use another port; an allowed range leaves a host name's port to its resolved address", () => {
    expect(checkUrl("http://127.0.0.1:8080/a", parseAllowList("127.0.0.1").allow)).toMatchObject({ ok: true });
    expect(checkUrl("http://news.test:8080/a", parseAllowList("127.0.0.1").allow)).toMatchObject({ ok: true, portNeedsAllowedAddress: true });
    expect(checkUrl("http://news.test:8080/a", parseAllowList("news.test").allow)).toMatchObject({ ok: true, portNeedsAllowedAddress: false });
  });
});
