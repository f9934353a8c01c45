// The hostile inputs every entry point is given (tests/e2e/hostile-input.spec.ts). Each is bytes,
// because an input is bytes before it is anything else; `text` is how it reads as a string
// (lossy for bytes that are not UTF-8). A payload is either a whole input (a file, a body) or a
// value for one field; entry points put each where it belongs.

export type Payload = {
  name: string;
  /**
   * "whole": an entire file or body; "json": a JSON body to a JSON entry point, one field's value
   * elsewhere (as a file it would be a valid article of brackets); "value": one field's value.
   */
  kind: "whole" | "json" | "value";
  bytes: () => Uint8Array;
  text: () => string;
};

const encoder = new TextEncoder();
const fromText = (name: string, kind: Payload["kind"], make: () => string): Payload => {
  let cached: string | undefined;
  const text = () => (cached ??= make());
  return { name, kind, text, bytes: () => encoder.encode(text()) };
};
const fromBytes = (name: string, kind: Payload["kind"], make: () => Uint8Array): Payload => {
  let cached: Uint8Array | undefined;
  const bytes = () => (cached ??= make());
  return { name, kind, bytes, text: () => new TextDecoder().decode(bytes()) };
};

export const PAYLOADS = [
  fromText("empty", "whole", () => ""),
  fromBytes("binary (a PNG header)", "whole", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
  fromBytes("invalid UTF-8", "whole", () => new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1])),
  fromBytes("100 MB", "whole", () => new Uint8Array(100 * 1024 * 1024).fill(0x61)),
  fromText("a million lines", "whole", () => `Headline\n${"x\n".repeat(1_000_000)}`),
  fromText("JSON nested 10,000 deep", "json", () => `${"[".repeat(10_000)}${"]".repeat(10_000)}`),
  fromText("a script element", "value", () => "<script>alert(document.cookie)</script>"),
  fromText("an event handler", "value", () => '<img src=x onerror="alert(1)">'),
  fromText("a javascript: address", "value", () => "javascript:alert(1)"),
  fromText("an SVG with a script", "value", () => '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
  fromText("a date that does not exist", "value", () => "2024-02-30"),
  fromText("1e309", "value", () => "1e309"),
  fromText("NaN", "value", () => "NaN"),
  fromText("-0", "value", () => "-0"),
  fromText("SQL", "value", () => `'; DROP TABLE "user"; --`),
  fromText("one past the largest bigint", "value", () => "9223372036854775808"),
  fromText("zero-width characters only", "value", () => "\u200B\u200C\u200D\uFEFF"),
  fromText("a right-to-left override", "value", () => "report\u202Efdp.exe"),
  fromText("an address with a password", "value", () => "https://editor:secret@claimdiff.example/"),
  fromText("an address of 100 KB", "value", () => `https://claimdiff.example/${"a".repeat(100 * 1024)}`),
  fromText("a 6 MB field", "value", () => "a".repeat(6 * 1024 * 1024)),
  fromText("a common password", "value", () => "password123"),
] as const satisfies readonly Payload[];

export type PayloadName = (typeof PAYLOADS)[number]["name"];

/** Payloads too large to be a command-line argument or a URL (the OS and HTTP parsers cap those). */
export const HUGE: readonly PayloadName[] = ["100 MB", "a million lines", "a 6 MB field"];
/** Payloads a command-line argument cannot carry: NUL bytes end a C string. */
export const NOT_AN_ARGUMENT: readonly PayloadName[] = [...HUGE, "binary (a PNG header)"];

/** The payload's bytes, each as %XX: a URL part that carries them exactly, valid UTF-8 or not. */
export function percentEncoded(payload: Payload): string {
  return Array.from(payload.bytes(), (byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}
