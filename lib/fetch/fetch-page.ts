import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import ipaddr from "ipaddr.js";
import { EMPTY_ALLOW_LIST, isAllowedAddress, isAllowedHost, type FetchAllowList } from "./allow-list";
import { checkAddress } from "./check-address";
import { FetchFailedError, FetchRefusedError } from "./fetch-errors";
import { checkUrl, PORT_RULE } from "./check-url";

/** A page as the server received it: where it ended up, what it says it is, and its bytes. */
export type FetchedPage = {
  /** The address the content came from, after redirects. */
  url: string;
  /** The media type, lowercase, without parameters: `text/html`. */
  mediaType: string;
  /** The charset the response header names, if any. */
  charset: string | null;
  bytes: Uint8Array;
};

/** Resolves a host name to every address it has (dns.lookup with `all`); replaceable in tests. */
export type Resolve = (host: string) => Promise<LookupAddress[]>;

export type FetchPageOptions = {
  allow?: FetchAllowList;
  /** For the whole exchange, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  resolve?: Resolve;
};

/** The media types an article can be read from. */
export const ACCEPTED_MEDIA_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown"] as const;

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * Fetches a web page on a person's behalf without letting them reach what the server can reach
 * and they cannot (SSRF): http and https only, no credentials in the URL, the standard ports; every
 * address the host resolves to is checked (lib/fetch/check-address.ts) unless the operator's
 * allow-list names the host or the address, and the connection goes to the address that was
 * checked (the socket's own DNS lookup is replaced, so a second answer cannot differ). Redirects
 * are followed by hand and each hop is checked again. The exchange has a deadline, the body a size
 * cap (decompressed), and only web pages and text are accepted.
 * @throws FetchRefusedError when a rule refuses the URL or the response; FetchFailedError when the
 * network or the server failed (worth retrying).
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const allow = options.allow ?? EMPTY_ALLOW_LIST;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const resolve = options.resolve ?? systemResolve;
  const signal = AbortSignal.timeout(timeoutMs);

  let current = url;
  for (let hop = 0; ; hop++) {
    const target = checkUrl(current, allow);
    if (!target.ok) throw new FetchRefusedError(current, target.reason);
    const response = await request(target.url, { allow, resolve, signal, timeoutMs, portNeedsAllowedAddress: target.portNeedsAllowedAddress });
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.resume();
      const location = response.headers.location;
      if (!location) throw new FetchRefusedError(current, `the server answered ${status} (a redirect) without saying where to`);
      if (hop >= maxRedirects) throw new FetchRefusedError(url, `more than ${maxRedirects} redirects`);
      current = new URL(location, target.url).toString();
      continue;
    }
    if (status >= 500) {
      response.resume();
      throw new FetchFailedError(current, `the server answered ${status} ${response.statusMessage ?? ""}`.trim());
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefusedError(current, `the server answered ${status} ${response.statusMessage ?? ""}`.trim());
    }
    const { mediaType, charset } = parseContentType(response.headers["content-type"]);
    if (!(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
      response.resume();
      throw new FetchRefusedError(current, `it is ${mediaType || "of no stated type"}, not a web page or text`);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      throw new FetchRefusedError(current, `it is larger than ${formatMegabytes(maxBytes)} (${formatMegabytes(declared)})`);
    }
    const bytes = await readBody(response, maxBytes, current, timeoutMs, signal);
    return { url: target.url, mediaType, charset, bytes };
  }
}

type RequestContext = { allow: FetchAllowList; resolve: Resolve; signal: AbortSignal; timeoutMs: number; portNeedsAllowedAddress: boolean };

function request(url: string, context: RequestContext): Promise<http.IncomingMessage> {
  const parsed = new URL(url);
  const client = parsed.protocol === "https:" ? https : http;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  return new Promise((resolve, reject) => {
    const req = client.request(
      parsed,
      {
        method: "GET",
        signal: context.signal,
        lookup: checkedLookup(url, context),
        // No keep-alive pool: every connection goes through the checked lookup above.
        agent: false,
        headers: {
          "user-agent": "Claimdiff/0.1 (article import; +https://github.com/claimdiff)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", (error) => reject(describeNetworkError(url, error, context.timeoutMs, host)));
    req.end();
  });
}

/**
 * The DNS lookup the socket uses: it resolves the host once, refuses it if any of its addresses
 * is refused and not allowed, and hands the socket exactly the addresses it checked.
 */
function checkedLookup(url: string, { allow, resolve, portNeedsAllowedAddress }: RequestContext): LookupFunction {
  return (hostname, options, callback) => {
    const answer = async (): Promise<LookupAddress[]> => {
      const addresses = await resolve(hostname).catch((error: unknown) => {
        throw new FetchFailedError(url, `the name ${hostname} could not be resolved (${(error as NodeJS.ErrnoException).code ?? "DNS error"})`);
      });
      if (addresses.length === 0) throw new FetchFailedError(url, `the name ${hostname} has no address`);
      const hostAllowed = isAllowedHost(allow, hostname);
      for (const { address } of addresses) {
        if (hostAllowed || isAllowedAddress(allow, address)) continue;
        if (portNeedsAllowedAddress) throw new FetchRefusedError(url, `${PORT_RULE} (${hostname} resolves to ${address})`);
        const verdict = checkAddress(address);
        if (!verdict.ok) throw new FetchRefusedError(url, `${hostname} resolves to ${address}, ${verdict.reason}${ALLOW_HINT}`);
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const usable = addresses.filter((a) => family === 0 || a.family === family);
      if (usable.length === 0) throw new FetchFailedError(url, `${hostname} has no IPv${family} address`);
      return usable;
    };
    answer().then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: Error) => callback(error, "", 0),
    );
  };
}

const ALLOW_HINT = " (an operator can allow it with CLAIMDIFF_FETCH_ALLOW)";

function describeNetworkError(url: string, error: Error, timeoutMs: number, host: string): Error {
  if (error instanceof FetchRefusedError || error instanceof FetchFailedError) return error;
  if (error.name === "AbortError" || error.name === "TimeoutError") {
    return new FetchFailedError(url, `no complete answer within ${timeoutMs / 1000} s`);
  }
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: `${host} refused the connection`,
    ECONNRESET: `${host} closed the connection`,
    ETIMEDOUT: `${host} did not answer in time`,
    ENOTFOUND: `the name ${host} does not exist`,
    EHOSTUNREACH: `${host} cannot be reached`,
  };
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return new FetchRefusedError(url, `its TLS certificate is not valid (${code})`);
  return new FetchFailedError(url, reasons[code ?? ""] ?? `the connection failed (${code ?? error.message})`);
}

async function readBody(response: http.IncomingMessage, maxBytes: number, url: string, timeoutMs: number, signal: AbortSignal): Promise<Uint8Array> {
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
    gzip: () => zlib.createGunzip(),
    "x-gzip": () => zlib.createGunzip(),
    deflate: () => zlib.createInflate(),
    br: () => zlib.createBrotliDecompress(),
  };
  if (encoding !== "identity" && !decoders[encoding]) {
    response.destroy();
    throw new FetchRefusedError(url, `it is compressed as “${encoding}”, which is not read here`);
  }
  const stream: Readable = decoders[encoding] ? response.pipe(decoders[encoding]()) as unknown as Readable : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.byteLength;
      // Counted after decompression, so a small compressed bomb is stopped as early as a large page.
      if (size > maxBytes) {
        response.destroy();
        throw new FetchRefusedError(url, `it is larger than ${formatMegabytes(maxBytes)}`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof FetchRefusedError) throw error;
    if (signal.aborted) throw new FetchFailedError(url, `no complete answer within ${timeoutMs / 1000} s`);
    throw new FetchFailedError(url, `the page could not be read (${(error as Error).message})`);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** `text/html; charset=ISO-8859-1` → { mediaType: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charset = parameters.map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1]).find(Boolean);
  return { mediaType: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether `host` is an IP literal (the socket then does no lookup, so the caller checks it). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[(.*)\]$/, "$1"));
}
