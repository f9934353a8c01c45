import { readFileSync } from "node:fs";

// Server actions as a browser sends them, for tests that send what a browser would not. React
// encodes an action's arguments as a JSON list (the multipart part "0"); a form among them is a
// "$K<n>" reference to the parts named "_<n>_<field>", which come before "0".

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next.js gave the server action `exportedName` of `filename` (e.g. "app/sign-in/actions.ts"). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename}; build the app first.`);
  return entry[0];
}

export type Part = string | Uint8Array;

/**
 * A multipart body built by hand, so a field can hold any bytes (invalid UTF-8 included), which
 * FormData in Node would re-encode.
 */
export function multipart(parts: [name: string, value: Part][]): { body: Buffer; contentType: string } {
  const boundary = `----claimdiff${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
    chunks.push(typeof value === "string" ? Buffer.from(value) : Buffer.from(value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The body of a form's action call: the form's fields, then the arguments (previous state, form). */
export function formActionBody(fields: Record<string, Part>): { body: Buffer; contentType: string } {
  return multipart([...Object.entries(fields).map(([name, value]): [string, Part] => [`_1_${name}`, value]), ["0", '[null,"$K1"]']]);
}

/** The value an action returned, read from the RSC response (the line "1:{…}"), or null. */
export function actionResult(body: string): Record<string, unknown> | null {
  const line = body.split("\n").find((l) => l.startsWith("1:{"));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(2)) as Record<string, unknown>;
  } catch {
    return null;
  }
}
