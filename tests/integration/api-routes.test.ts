import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Operation } from "@/lib/api/operation";
import { allOperations } from "@/lib/api/operations";

// A route handler written by hand, outside the registry, would be missing from the OpenAPI
// document and so from the authorization matrix built from it. This keeps the two in step: every
// handler under app/api (but the auth library's) is `handle(operation, …)` for its own path and
// method, and every operation has its handler.

const API = path.join(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /^route\.(ts|tsx|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(API, file).startsWith(`auth${path.sep}`));
}

/** `app/api/events/[slug]/export/route.ts` → `/api/events/{slug}/export`. */
function openApiPath(file: string): string {
  const segments = path.relative(path.join(API, ".."), path.dirname(file)).split(path.sep);
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

describe("the route handlers under app/api", async () => {
  const files = await routeFiles(API);
  const served: string[] = [];

  test.each(files.map((file) => ({ label: path.relative(API, file), file })))("$label exports registry handlers only", async ({ file }) => {
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = routeModule[method] as ({ operation?: Operation } & ((...args: unknown[]) => unknown)) | undefined;
      if (!handler) continue;
      expect(handler.operation, `${method} in ${file} is not built with handle()`).toBeDefined();
      expect(handler.operation!.method).toBe(method);
      expect(handler.operation!.path).toBe(openApiPath(file));
      served.push(`${method} ${openApiPath(file)}`);
    }
  });

  test("every operation of the registry has its handler, exactly once", () => {
    expect(served.sort()).toEqual(allOperations.map((operation) => `${operation.method} ${operation.path}`).sort());
  });
});
