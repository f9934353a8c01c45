import { describe, expect, test } from "vitest";
import { buildContentSecurityPolicy } from "./content-security-policy";
import { createNonce } from "./create-nonce";

const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

/** The policy as directive name → sources, the way a browser reads it. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  test.each([
    { label: "scripts run only with this request's nonce", directive: "script-src", sources: ["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"] },
    { label: "inline styles stay allowed, for Radix and Next.js", directive: "style-src", sources: ["'self'", "'unsafe-inline'"] },
    { label: "everything else defaults to our own origin", directive: "default-src", sources: ["'self'"] },
    { label: "fetches go to our own origin only", directive: "connect-src", sources: ["'self'"] },
    { label: "images from our origin or inline data", directive: "img-src", sources: ["'self'", "data:"] },
    { label: "fonts are self-hosted", directive: "font-src", sources: ["'self'"] },
    { label: "no plugins", directive: "object-src", sources: ["'none'"] },
    { label: "no <base> pointing elsewhere", directive: "base-uri", sources: ["'self'"] },
    { label: "forms post to our origin only", directive: "form-action", sources: ["'self'"] },
    { label: "no page may frame us", directive: "frame-ancestors", sources: ["'none'"] },
  ])("$label ($directive)", ({ directive, sources }) => {
    expect(parse(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false })).get(directive)).toEqual(sources);
  });

  test("development adds 'unsafe-eval' to scripts and changes nothing else", () => {
    const production = parse(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false }));
    const development = parse(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: true }));
    expect(development.get("script-src")).toEqual([...(production.get("script-src") ?? []), "'unsafe-eval'"]);
    development.delete("script-src");
    production.delete("script-src");
    expect(development).toEqual(production);
  });

  test.each([
    { label: "production", isDevelopment: false },
    { label: "development", isDevelopment: true },
  ])("never allows inline scripts ($label)", ({ isDevelopment }) => {
    const policy = parse(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment }));
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  test("production never allows eval", () => {
    expect(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false })).not.toContain("unsafe-eval");
  });

  test("is a single header line with no empty directive", () => {
    const policy = buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false });
    expect(policy).not.toMatch(/[\r\n]/);
    expect(policy.split(";").every((directive) => directive.trim().length > 0)).toBe(true);
  });

  test.each([
    { label: "empty", nonce: "" },
    { label: "too short to be 16 bytes", nonce: "AAECAwQFBgcI" },
    { label: "a quote that would close the source", nonce: `${NONCE}'` },
    { label: "a semicolon that would start a directive", nonce: `${NONCE}; script-src *` },
    { label: "a space that would add a source", nonce: `${NONCE} *` },
    { label: "a line break", nonce: `${NONCE}\r\nX-Injected: 1` },
  ])("refuses a nonce that is $label", ({ nonce }) => {
    expect(() => buildContentSecurityPolicy({ nonce, isDevelopment: false })).toThrow(/nonce/);
  });

  test("accepts the nonces createNonce makes, each one new", () => {
    const nonces = Array.from({ length: 50 }, () => createNonce());
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) {
      expect(parse(buildContentSecurityPolicy({ nonce, isDevelopment: false })).get("script-src")).toContain(`'nonce-${nonce}'`);
    }
  });
});
