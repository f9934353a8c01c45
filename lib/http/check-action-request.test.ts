import { describe, expect, test } from "vitest";
import { checkActionRequest, jsonDepth, MAX_ACTION_ARGUMENT_DEPTH } from "./check-action-request";

/** A server action call as React sends it from a form: the form's fields, then the arguments. */
// An action id's first byte says which parameters the action uses: 0x60 its first two (state and
// form), 0x00 none ("Sign out").
const FORM_ACTION = "60ab";
const NO_ARGUMENTS = "00ab";

function formCall(fields: Record<string, string>, args = '[null,"$K1"]', headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", args);
  return new Request("http://localhost/sign-in", { method: "POST", headers: { "next-action": FORM_ACTION, ...headers }, body: form });
}

function textCall(body: string | Uint8Array<ArrayBuffer>, id = FORM_ACTION): Request {
  return new Request("http://localhost/sign-in", { method: "POST", headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, body });
}

describe("checkActionRequest", () => {
  test.each([
    { label: "a form's call", request: () => formCall({ email: "a@b.org", password: "x" }), status: null },
    { label: "a form's call with a state object", request: () => formCall({ slug: "x" }, '[{"ok":false,"message":"$$5 off"},"$K1"]'), status: null },
    { label: "arguments that are not JSON", request: () => formCall({}, "garbage{{{"), status: 400 },
    { label: "arguments that are not a list", request: () => formCall({}, '{"a":1}'), status: 400 },
    { label: "arguments without a form", request: () => textCall("[1,2,3]"), status: 400 },
    { label: "no arguments, to an action that takes a form", request: () => textCall("[]"), status: 400 },
    { label: "no arguments, to an action that takes none (Sign out)", request: () => textCall("[]", NO_ARGUMENTS), status: null },
    { label: "a promise, to an action that takes none", request: () => textCall('["$@1"]', NO_ARGUMENTS), status: 400 },
    { label: "arguments, to an action that takes none", request: () => textCall('[null,"x"]', NO_ARGUMENTS), status: 400 },
    { label: "a promise reference", request: () => formCall({}, '["$@5","$K1"]'), status: 400 },
    { label: "a map reference", request: () => formCall({}, '["$Q2","$K1"]'), status: 400 },
    { label: "arguments nested 10,000 deep", request: () => textCall(`${"[".repeat(10_000)}"$K1"${"]".repeat(10_000)}`), status: 400 },
    { label: "a garbage text body", request: () => textCall("garbage{{{"), status: 400 },
    { label: "a body that is not UTF-8", request: () => textCall(new Uint8Array([0xc3, 0x28, 0xff])), status: 400 },
    { label: "a broken multipart body", request: () => new Request("http://localhost/", { method: "POST", headers: { "next-action": "1", "content-type": "multipart/form-data; boundary=x" }, body: "--y\r\nnonsense" }), status: 400 },
    { label: "a JSON body", request: () => new Request("http://localhost/", { method: "POST", headers: { "next-action": "1", "content-type": "application/json" }, body: "[]" }), status: 415 },
    { label: "a 6 MB field", request: () => formCall({ password: "a".repeat(6 * 1024 * 1024) }), status: 413 },
    {
      label: "a large body that declares a small length is measured, not believed",
      request: () => textCall(`["$K1","${"a".repeat(2 * 1024 * 1024)}"]`),
      status: 413,
    },
  ])("$label: $status", async ({ request, status }) => {
    const check = await checkActionRequest(request());
    expect(check.ok ? null : check.status).toBe(status);
    if (!check.ok) expect(check.reason).toMatch(/^Refused: /);
  });

  test("a form posted without JavaScript carries no arguments to check", async () => {
    const form = new FormData();
    form.append("$ACTION_ID_60ab", "");
    const check = await checkActionRequest(new Request("http://localhost/sign-in", { method: "POST", body: form }));
    expect(check.ok).toBe(true);
  });
});

test.each([
  { json: "[]", depth: 1 },
  { json: '{"a":[{"b":1}]}', depth: 3 },
  { json: '["[[[[", "{{{"]', depth: 1 },
  { json: '["\\"[["]', depth: 1 },
  { json: "[".repeat(MAX_ACTION_ARGUMENT_DEPTH + 1), depth: MAX_ACTION_ARGUMENT_DEPTH + 1 },
])("jsonDepth($json) = $depth", ({ json, depth }) => {
  expect(jsonDepth(json)).toBe(depth);
});
