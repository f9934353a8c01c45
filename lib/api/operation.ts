import type { z } from "zod";
import type { Role } from "../auth/roles";
import type { FileBody } from "./file-body";

/** Who may call an operation: anyone, or someone signed in with at least this role. */
export type Access = Role | "public";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The largest JSON body any operation reads; bigger ones get 413 before they are parsed. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** What an operation reads from the request body, and how much of it at most. */
export type RequestBody =
  | { type: "json"; schema: z.ZodType; maxBytes: number }
  | {
      /** The raw bytes, for content a lib function parses itself (an article file). */
      type: "bytes";
      mediaTypes: readonly string[];
      maxBytes: number;
      description: string;
    };

/**
 * One API operation, declared once: the route handler is built from it (lib/api/handle.ts) and so
 * is its entry in the OpenAPI document (lib/api/openapi.ts), so the two cannot disagree.
 */
export type Operation = {
  /** Unique, camelCase; the OpenAPI operationId. */
  operationId: string;
  method: HttpMethod;
  /** OpenAPI style: `/api/events/{slug}`; each `{name}` is a key of `params`. */
  path: `/api/${string}`;
  tag: "events" | "annotations" | "search" | "users" | "meta";
  /** One line, no full stop. */
  summary: string;
  /** More words for the OpenAPI description; the role sentence is added to it. */
  details?: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: RequestBody;
  response: {
    status: 200 | 201;
    description: string;
    schema: z.ZodType;
    /** Files the handler may answer with instead of JSON (a FileBody), by media type. */
    files?: readonly { mediaType: string; description: string }[];
  };
  /** When the operation can answer 404: what was not found. */
  notFound?: string;
  /** When the operation can answer 409: what conflicts. */
  conflict?: string;
};

/** Keeps the literal types of an operation, so handlers get typed input and output. */
export function defineOperation<const T extends Operation>(operation: T): T {
  return operation;
}

type ParsedBody<B> = B extends { type: "json"; schema: infer S extends z.ZodType }
  ? z.output<S>
  : B extends { type: "bytes" }
    ? Uint8Array
    : undefined;

/** What a handler receives: the caller and the input, parsed by the operation's schemas. */
export type OperationInput<T extends Operation> = {
  user: T["access"] extends "public" ? null : { id: string; email: string; name: string; role: Role };
  params: T extends { params: infer S extends z.ZodType } ? z.output<S> : Record<string, never>;
  query: T extends { query: infer S extends z.ZodType } ? z.output<S> : Record<string, never>;
  body: T extends { body: infer B } ? ParsedBody<B> : undefined;
};

/** What a handler returns: the response before its schema parses it, or a file where it may answer one. */
export type OperationOutput<T extends Operation> =
  | z.input<T["response"]["schema"]>
  | (T["response"] extends { files: readonly unknown[] } ? FileBody : never);
