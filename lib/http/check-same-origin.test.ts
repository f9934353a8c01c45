import { describe, expect, test } from "vitest";
import { checkSameOrigin } from "./check-same-origin";

const HOST = "127.0.0.1:3000";

type Row = { label: string; headers: Record<string, string> };

describe("checkSameOrigin", () => {
  test.each<Row>([
    { label: "an Origin equal to the host", headers: { host: HOST, origin: `http://${HOST}` } },
    { label: "an Origin over https on the default port", headers: { host: "claimdiff.example", origin: "https://claimdiff.example" } },
    { label: "a Host that spells out the default port", headers: { host: "claimdiff.example:443", origin: "https://claimdiff.example" } },
    { label: "an Origin in other letter case", headers: { host: "Claimdiff.Example", origin: "https://CLAIMDIFF.example" } },
    { label: "the host a proxy forwarded", headers: { host: "10.0.0.5:3000", "x-forwarded-host": "claimdiff.example", origin: "https://claimdiff.example" } },
    { label: "no Origin but Sec-Fetch-Site: same-origin", headers: { host: HOST, "sec-fetch-site": "same-origin" } },
  ])("lets a POST through with $label", ({ headers }) => {
    expect(checkSameOrigin("POST", new Headers(headers))).toEqual({ ok: true });
  });

  test.each<Row & { reason: RegExp }>([
    { label: "another site's Origin", headers: { host: HOST, origin: "https://evil.example" }, reason: /comes from https:\/\/evil\.example/ },
    { label: "the same host on another port", headers: { host: HOST, origin: "http://127.0.0.1:3001" }, reason: /not from this site/ },
    { label: "localhost when the host is 127.0.0.1", headers: { host: HOST, origin: "http://localhost:3000" }, reason: /not from this site/ },
    { label: "a host whose name ends like ours", headers: { host: "claimdiff.example", origin: "https://evil-claimdiff.example" }, reason: /not from this site/ },
    { label: "Origin: null (a sandboxed frame)", headers: { host: HOST, origin: "null" }, reason: /not a web address/ },
    { label: "an Origin that is not a URL", headers: { host: HOST, origin: "127.0.0.1:3000" }, reason: /not a web address/ },
    { label: "no Origin and no Sec-Fetch-Site", headers: { host: HOST }, reason: /names no Origin/ },
    { label: "no Origin and Sec-Fetch-Site: same-site", headers: { host: HOST, "sec-fetch-site": "same-site" }, reason: /same-site page/ },
    { label: "no Origin and Sec-Fetch-Site: cross-site", headers: { host: HOST, "sec-fetch-site": "cross-site" }, reason: /cross-site page/ },
    { label: "a same-origin Sec-Fetch-Site beside a foreign Origin", headers: { host: HOST, origin: "https://evil.example", "sec-fetch-site": "same-origin" }, reason: /evil/ },
    { label: "no Host header", headers: { origin: `http://${HOST}` }, reason: /no Host/ },
    { label: "a Host header with a path", headers: { host: `${HOST}/x`, origin: `http://${HOST}` }, reason: /not from this site/ },
  ])("refuses a POST with $label", ({ headers, reason }) => {
    const result = checkSameOrigin("POST", new Headers(headers));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
  });

  test.each(["POST", "PUT", "PATCH", "DELETE", "post"])("checks %s", (method) => {
    expect(checkSameOrigin(method, new Headers({ host: HOST, origin: "https://evil.example" })).ok).toBe(false);
  });

  test.each(["GET", "HEAD", "OPTIONS"])("lets %s through from anywhere: it changes nothing", (method) => {
    expect(checkSameOrigin(method, new Headers({ host: HOST, origin: "https://evil.example" }))).toEqual({ ok: true });
  });
});
