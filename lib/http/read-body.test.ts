import { describe, expect, test } from "vitest";
import { AppError } from "../errors";
import { formatBytes, readBodyWithLimit } from "./read-body";

const LIMIT = 1024;

/** A request whose body arrives in `chunks`, without a Content-Length (chunked transfer). */
function streamed(chunks: Uint8Array[], onPull?: () => void): Request {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      const chunk = chunks[index++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return new Request("http://app.test/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

const bytes = (length: number, fill = 97) => new Uint8Array(length).fill(fill);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readBodyWithLimit", () => {
  test.each([
    { label: "an empty body", length: 0 },
    { label: "a small body", length: 10 },
    { label: "a body of exactly the limit", length: LIMIT },
  ])("reads $label whole", async ({ length }) => {
    const request = new Request("http://app.test/api/x", { method: "POST", body: bytes(length) });
    expect((await readBodyWithLimit(request, LIMIT)).byteLength).toBe(length);
  });

  test("reads a request without a body as empty", async () => {
    expect((await readBodyWithLimit(new Request("http://app.test/api/x", { method: "POST" }), LIMIT)).byteLength).toBe(0);
  });

  test("joins a streamed body from its chunks, in order", async () => {
    const request = streamed([bytes(300, 1), bytes(300, 2), bytes(424, 3)]);
    const body = await readBodyWithLimit(request, LIMIT);
    expect(body.byteLength).toBe(LIMIT);
    expect([body[0], body[299], body[300], body[599], body[600], body[1023]]).toEqual([1, 1, 2, 2, 3, 3]);
  });

  test("refuses a declared Content-Length over the limit without reading a byte", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(bytes(10));
      },
    });
    const headers = { "content-length": String(6 * 1024 * 1024) };
    const request = new Request("http://app.test/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    const error = await refusal(readBodyWithLimit(request, 5 * 1024 * 1024));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("The request body is larger than 5 MB (6 MB sent); nothing was read or stored.");
    // A ReadableStream pulls once to fill its queue when created; reading would pull more.
    expect(pulls).toBeLessThanOrEqual(1);
    expect(request.bodyUsed).toBe(false);
  });

  test("refuses a chunked body as soon as it passes the limit, and stops reading", async () => {
    let pulls = 0;
    const request = streamed(Array.from({ length: 100 }, () => bytes(400)), () => pulls++);
    const error = await refusal(readBodyWithLimit(request, LIMIT));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("The request body is larger than 1 KB; nothing was read or stored.");
    expect(pulls).toBeLessThan(6);
  });

  test("refuses a chunked body one byte over the limit", async () => {
    const error = await refusal(readBodyWithLimit(streamed([bytes(LIMIT), bytes(1)]), LIMIT));
    expect(error.code).toBe("TOO_LARGE");
  });

  test("counts the bytes that arrive, not a Content-Length that understates them", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(LIMIT + 1));
        controller.close();
      },
    });
    const request = new Request("http://app.test/api/x", { method: "POST", body, headers: { "content-length": "5" }, duplex: "half" } as RequestInit);
    expect((await refusal(readBodyWithLimit(request, LIMIT))).code).toBe("TOO_LARGE");
  });
});

test.each([
  { bytes: 5 * 1024 * 1024, text: "5 MB" },
  { bytes: 6_500_000, text: "6.2 MB" },
  { bytes: 1024, text: "1 KB" },
  { bytes: 1536, text: "1.5 KB" },
  { bytes: 100, text: "100 bytes" },
])("formatBytes($bytes) is $text", ({ bytes, text }) => {
  expect(formatBytes(bytes)).toBe(text);
});
