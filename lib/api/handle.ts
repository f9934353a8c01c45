import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authorize } from "../auth/session";
import { AppError, toErrorResponse } from "../errors";
import { checkSameOrigin } from "../http/check-same-origin";
import { readBodyWithLimit } from "../http/read-body";
import { FileBody } from "./file-body";
import type { Operation, OperationInput, OperationOutput, RequestBody } from "./operation";

/** What Next.js passes a route handler besides the request. */
type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler<T extends Operation> = ((request: Request, context: RouteContext) => Promise<Response>) & {
  /** The operation this handler serves; tests check every route file exports handlers of the registry. */
  operation: T;
};

/**
 * A route handler for `operation`. In this order, each step answering on its own before the next:
 * the origin check of a state-changing method (403), the caller's session and role (401, 403),
 * path parameters and query (422), the body's type, size (413) and content (422); then `run`,
 * whose result is checked against the response schema before it is sent (a FileBody is streamed
 * as it is). Every error becomes a
 * response through `toErrorResponse`, so no input is read for a caller who may not call.
 */
export function handle<const T extends Operation>(
  operation: T,
  run: (input: OperationInput<T>) => Promise<OperationOutput<T>>,
): RouteHandler<T> {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const origin = checkSameOrigin(request.method, request.headers);
      if (!origin.ok) throw new AppError("FORBIDDEN", origin.reason);
      const user = operation.access === "public" ? null : await authorize(operation.access);

      const params = operation.params ? operation.params.parse(await context.params) : {};
      const query = operation.query ? operation.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : {};
      const body = operation.body ? await readRequestBody(request, operation.body) : undefined;

      const result = await run({ user, params, query, body } as OperationInput<T>);
      if (result instanceof FileBody) return result.toResponse(operation.response.status);
      return NextResponse.json(checkResponse(operation, result), { status: operation.response.status });
    } catch (error) {
      const { status, body } = toErrorResponse(error);
      return NextResponse.json(body, { status });
    }
  };
  return Object.assign(handler, { operation });
}

async function readRequestBody(request: Request, spec: RequestBody): Promise<unknown> {
  const type = mediaType(request.headers.get("content-type"));
  const accepted = spec.type === "json" ? ["application/json"] : spec.mediaTypes;
  if (!accepted.includes(type)) {
    throw new AppError("INVALID", `Send the body as ${accepted.join(" or ")}${type ? `, not ${type}` : ""}.`);
  }
  const bytes = await readBodyWithLimit(request, spec.maxBytes);
  if (spec.type === "bytes") return bytes;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("INVALID", "The body is not valid JSON.");
  }
  return spec.schema.parse(json);
}

/** `text/plain; charset=utf-8` → `text/plain`. */
function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * The result as the response schema shapes it. A result that does not fit is our bug, not the
 * caller's: it becomes a 500 (a plain Error, so toErrorResponse hides it), never a 422.
 */
function checkResponse(operation: Operation, result: unknown): z.output<typeof operation.response.schema> {
  const parsed = operation.response.schema.safeParse(result);
  if (!parsed.success) {
    throw new Error(`${operation.method} ${operation.path} answered outside its response schema: ${parsed.error.message}`);
  }
  return parsed.data;
}
