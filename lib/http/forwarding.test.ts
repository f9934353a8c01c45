import { describe, expect, test } from "vitest";
import { isTrustedProxy, parseTrustedProxies, resolveForwarding } from "./forwarding";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.5, 10.1.0.0/16, ::1");

describe("parseTrustedProxies", () => {
  test.each([
    { setting: "", trusted: [], notTrusted: ["127.0.0.1"] },
    { setting: "127.0.0.1", trusted: ["127.0.0.1", "::ffff:127.0.0.1"], notTrusted: ["127.0.0.2"] },
    { setting: "10.1.0.0/16", trusted: ["10.1.2.3"], notTrusted: ["10.2.0.1"] },
    { setting: "fd00::/8, 192.0.2.1", trusted: ["fd12::1", "192.0.2.1"], notTrusted: ["fe80::1", "192.0.2.2"] },
  ])("'$setting'", ({ setting, trusted, notTrusted }) => {
    const parsed = parseTrustedProxies(setting);
    for (const address of trusted) expect(isTrustedProxy(address, parsed)).toBe(true);
    for (const address of notTrusted) expect(isTrustedProxy(address, parsed)).toBe(false);
  });

  test.each(["proxy.example", "10.0.0.0/33", "10.0.0.1/", "10.0.0.1/8/9", "::1/129", "300.1.1.1"])("refuses '%s'", (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow(/not an IP address or a CIDR range/);
  });
});

describe("resolveForwarding", () => {
  test.each([
    {
      label: "no proxy configured: a spoofed X-Forwarded-For is ignored",
      peer: "203.0.113.9",
      headers: { forwardedFor: "198.51.100.1", forwardedHost: "evil.example", forwardedProto: "https" },
      proxies: none,
      expected: { clientAddress: "203.0.113.9", host: null, proto: null },
    },
    {
      label: "an IPv4 client seen through an IPv6 socket is written as IPv4",
      peer: "::ffff:203.0.113.9",
      headers: {},
      proxies: none,
      expected: { clientAddress: "203.0.113.9", host: null, proto: null },
    },
    {
      label: "a client that is not a configured proxy cannot claim another address",
      peer: "203.0.113.9",
      headers: { forwardedFor: "10.0.0.5" },
      proxies,
      expected: { clientAddress: "203.0.113.9", host: null, proto: null },
    },
    {
      label: "behind a trusted proxy: the address it appended",
      peer: "10.0.0.5",
      headers: { forwardedFor: "198.51.100.7", forwardedHost: "claimdiff.example", forwardedProto: "https" },
      proxies,
      expected: { clientAddress: "198.51.100.7", host: "claimdiff.example", proto: "https" },
    },
    {
      label: "behind two trusted proxies, with an address the client made up in front",
      peer: "10.0.0.5",
      headers: { forwardedFor: "1.2.3.4, 198.51.100.7, 10.1.3.3" },
      proxies,
      expected: { clientAddress: "198.51.100.7", host: null, proto: null },
    },
    {
      label: "garbage in front of the proxy's hop is never reached",
      peer: "10.0.0.5",
      headers: { forwardedFor: "<script>, 198.51.100.7" },
      proxies,
      expected: { clientAddress: "198.51.100.7", host: null, proto: null },
    },
    {
      label: "a trusted proxy that forwards nothing: the proxy is the client",
      peer: "::1",
      headers: {},
      proxies,
      expected: { clientAddress: "::1", host: null, proto: null },
    },
  ])("$label", ({ peer, headers, proxies, expected }) => {
    expect(resolveForwarding(peer, headers, proxies)).toEqual(expected);
  });
});
