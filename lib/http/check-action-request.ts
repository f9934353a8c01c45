import { formatBytes } from "./read-body";

// A server action is a POST to a page, its arguments encoded by React (RSC "reply" encoding):
// a JSON array, sent as text/plain or as the "0" part of a multipart form. Next.js decodes it
// before any of our code runs and answers 500 to whatever it cannot decode (a garbage body,
// arguments nested 10,000 deep, a 6 MB field), so proxy.ts checks the request with this first.

/** The largest server action body; Next.js's own `serverActions.bodySizeLimit` is the same 1 MB. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Far deeper than any form's state; deep enough to refuse the recursion that crashes the decoder. */
export const MAX_ACTION_ARGUMENT_DEPTH = 32;

const MEDIA_TYPES = ["multipart/form-data", "text/plain", "application/x-www-form-urlencoded"];
/**
 * The reference tags of React's reply encoding that a form's action takes: a FormData ("$K1"),
 * undefined, an escaped "$" string, a date, a bigint, -0, NaN and the infinities. Promises,
 * maps, sets, blobs, streams, iterators and server references are refused: no action of this app
 * takes one, and each opens the decoder to more of the request than a form needs.
 */
const ALLOWED_REFERENCE = /^\$(K[0-9a-f]+|undefined|\$.*|D.*|n-?\d+|-0|NaN|Infinity|-Infinity)$/s;

export type ActionRequestCheck = { ok: true } | { ok: false; status: 400 | 413 | 415; reason: string };

/**
 * Whether a server action request is one Next.js can decode and our actions can use: at most
 * `MAX_ACTION_BODY_BYTES`, a form's media type, arguments that are a JSON array nested at most
 * `MAX_ACTION_ARGUMENT_DEPTH` deep, using only the references above, and passing a form to an
 * action that takes arguments. Every action of this app that takes any is a form's action
 * (useActionState or `<form action>`), so a call without a form is not one of ours. Reads a copy
 * of the body; the request stays readable.
 */
export async function checkActionRequest(request: Request): Promise<ActionRequestCheck> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_ACTION_BODY_BYTES) return tooLarge();
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!MEDIA_TYPES.includes(type)) return refuse(415, `a form is sent as ${MEDIA_TYPES.join(", ")}${type ? `, not ${type}` : ""}`);

  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  if (bytes.byteLength > MAX_ACTION_BODY_BYTES) return tooLarge();
  // A form posted without JavaScript (progressive enhancement) carries no encoded arguments.
  if (!request.headers.has("next-action")) return { ok: true };

  let encoded: string | null;
  if (type === "text/plain") {
    encoded = decodeUtf8(bytes);
    if (encoded === null) return refuse(400, "its body is not UTF-8 text");
  } else if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Request("http://local/", { method: "POST", headers: { "content-type": request.headers.get("content-type") ?? "" }, body: bytes }).formData();
    } catch {
      return refuse(400, "its body is not a well-formed multipart form");
    }
    const root = form.get("0");
    encoded = typeof root === "string" ? root : null;
    // Every other JSON part (models of nested values) gets the same checks as the root.
    for (const [name, value] of form) {
      if (name === "0" || !/^\d+$/.test(name) || typeof value !== "string") continue;
      const problem = argumentsProblem(value, false);
      if (problem) return refuse(400, problem);
    }
  } else {
    return refuse(400, "its arguments are missing");
  }
  if (encoded === null) return refuse(400, "its arguments are missing");
  const problem = argumentsProblem(encoded, true, actionTakesArguments(request.headers.get("next-action") ?? ""));
  return problem ? refuse(400, problem) : { ok: true };
}

/**
 * Whether the action reads its arguments. Next.js writes this into the first byte of an action's
 * id (a mask of the parameters the function uses) and leaves unused arguments out of the call:
 * "Sign out" (no parameters) is sent as `[]`, a form's action as `[state, form]`.
 */
function actionTakesArguments(id: string): boolean {
  const info = Number.parseInt(id.slice(0, 2), 16);
  return Number.isNaN(info) || (info & 0x7f) !== 0;
}

/**
 * What is wrong with one encoded JSON part, or null. `root`: the argument list itself, which
 * must pass a form when the action takes arguments (`needsForm`); every action of this app that
 * takes any is a form's action.
 */
function argumentsProblem(encoded: string, root: boolean, needsForm = root): string | null {
  if (jsonDepth(encoded) > MAX_ACTION_ARGUMENT_DEPTH) return `its arguments are nested more than ${MAX_ACTION_ARGUMENT_DEPTH} deep`;
  let value: unknown;
  try {
    value = JSON.parse(encoded);
  } catch {
    return "its arguments are not valid JSON";
  }
  if (root && !Array.isArray(value)) return "its arguments are not a list";
  let passesForm = false;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string" && item.startsWith("$")) {
      if (!ALLOWED_REFERENCE.test(item)) return `its arguments use "${item.slice(0, 12)}", which no form sends`;
      if (item.startsWith("$K")) passesForm = true;
    } else if (item && typeof item === "object") {
      stack.push(...Object.values(item));
    }
  }
  if (root && needsForm && !passesForm) return "it passes no form";
  // Next.js leaves out the arguments an action does not use: one that takes none is sent none.
  if (root && !needsForm && Array.isArray(value) && value.length > 0) return "it passes arguments to an action that takes none";
  return null;
}

/** How deeply `[` and `{` nest in a JSON text, outside strings; counted before parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function refuse(status: 400 | 413 | 415, why: string): ActionRequestCheck {
  return { ok: false, status, reason: `Refused: this is not a request a form of this app sends, because ${why}.` };
}

function tooLarge(): ActionRequestCheck {
  return { ok: false, status: 413, reason: `Refused: a form may send at most ${formatBytes(MAX_ACTION_BODY_BYTES)}; nothing was read or stored.` };
}
