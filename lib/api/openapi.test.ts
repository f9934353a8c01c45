import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { buildOpenApiDocument, SESSION_COOKIE } from "./openapi";
import { allOperations, operations } from "./operations";

const document = buildOpenApiDocument();
type DocumentOperation = {
  operationId: string;
  description: string;
  "x-required-role": string;
  security: Record<string, string[]>[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content: { "application/json": { schema: { $ref: string } } } }>;
};
const operationIn = (path: string, method: string) =>
  (document.paths[path] as Record<string, DocumentOperation> | undefined)?.[method.toLowerCase()];

const rows = allOperations.map((operation) => ({ label: `${operation.method} ${operation.path}`, operation }));

describe("the operation registry", () => {
  test("names each operation by its operationId, once", () => {
    for (const [key, operation] of Object.entries(operations)) expect(operation.operationId).toBe(key);
    expect(new Set(rows.map((row) => row.label)).size).toBe(rows.length);
  });

  test.each(rows)("$label has a schema for exactly the parameters its path names", ({ operation }) => {
    const named = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(operation.params?.shape ?? {}).sort()).toEqual(named);
  });

  test.each(rows)("$label says the role it needs in a known word", ({ operation }) => {
    expect(["public", "viewer", "editor", "admin"]).toContain(operation.access);
  });
});

describe("the OpenAPI document", () => {
  test("is OpenAPI 3.1 with the session cookie as its security scheme", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie", name: SESSION_COOKIE });
    expect(document.security).toEqual([{ sessionCookie: [] }]);
  });

  test("lists every operation of the registry, and nothing else", () => {
    const listed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed.sort()).toEqual(rows.map((row) => row.label).sort());
  });

  test.each(rows)("$label lists its role as x-required-role and in its description", ({ operation }) => {
    const listed = operationIn(operation.path, operation.method)!;
    expect(listed.operationId).toBe(operation.operationId);
    expect(listed["x-required-role"]).toBe(operation.access);
    expect(listed.description).toContain(operation.access === "public" ? "Public" : `Requires the ${operation.access} role`);
    expect(listed.security).toEqual(operation.access === "public" ? [] : [{ sessionCookie: [] }]);
  });

  test.each(rows)("$label documents its success and every error it can answer with", ({ operation }) => {
    const statuses = Object.keys(operationIn(operation.path, operation.method)!.responses).sort();
    const changes = operation.method !== "GET";
    const expected = [
      String(operation.response.status),
      operation.access === "public" ? null : "401",
      operation.access === "public" && !changes ? null : "403",
      operation.notFound ? "404" : null,
      operation.conflict ? "409" : null,
      operation.body ? "413" : null,
      operation.params || operation.query || operation.body ? "422" : null,
    ].filter((status): status is string => status !== null);
    expect(statuses).toEqual(expected.sort());
  });

  test("every error answer has the error schema", () => {
    for (const { operation } of rows) {
      for (const [status, response] of Object.entries(operationIn(operation.path, operation.method)!.responses)) {
        if (Number(status) >= 400) expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ApiError" });
      }
    }
  });

  test("describes path parameters as required and query parameters by their default", () => {
    expect(operationIn("/api/events/{slug}/history", "GET")!.parameters).toEqual([
      expect.objectContaining({ name: "slug", in: "path", required: true }),
      expect.objectContaining({ name: "before", in: "query", required: false }),
      expect.objectContaining({ name: "take", in: "query", required: false, schema: expect.objectContaining({ default: 100 }) }),
    ]);
  });

  test("describes a JSON body as the client sends it, and the article body as text", () => {
    expect(document.components.schemas.CreateUserRequest).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["email", "role", "password"]),
      properties: { password: { type: "string", minLength: 10 }, role: { enum: ["admin", "editor", "viewer"] } },
    });
    expect(Object.keys(operationIn("/api/events/{slug}/articles", "POST")!.requestBody!.content)).toEqual(["text/plain", "text/markdown"]);
  });

  test("every $ref points into the document", () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = JSON.parse(`{${ref}}`).$ref as string;
      expect(target).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas).toHaveProperty([target.slice("#/components/schemas/".length)]);
    }
  });

  test("every component is a JSON Schema (2020-12) a validator compiles, and the history shape accepts a real entry", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema(document, "openapi");
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi#/components/schemas/${name}` }), name).not.toThrow();
    }
    const validate = ajv.compile({ $ref: "openapi#/components/schemas/ListEventHistoryResponse" });
    const entry = { id: "7", at: "2024-11-04T10:00:00.000Z", actor: "u1", action: "update", entityType: "facet", entityId: "f1", summary: "changed facet", before: { label: "a" }, after: { label: ["b", 1, null] } };
    expect(validate({ entries: [entry], hasMore: false })).toBe(true);
    expect(validate({ entries: [{ ...entry, at: "yesterday" }], hasMore: false })).toBe(false);
  });
});
