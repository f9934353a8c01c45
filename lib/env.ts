import { z } from "zod";
import { parseAllowList } from "./fetch/allow-list";
import { parseTrustedProxies } from "./http/forwarding";

/**
 * The environment, parsed once. Every setting is optional: with nothing set, the app runs on an
 * embedded PostgreSQL under `.data/` and serves on port 3000.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CLAIMDIFF_DATA_DIR: z.string().min(1).default(".data"),
  CLAIMDIFF_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Signs session cookies; every instance behind a load balancer needs the same one. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The address people use to reach the app (origin checks of sign-in); defaults to localhost:PORT. */
  APP_URL: z.url().optional(),
  /**
   * Hosts and address ranges the server may fetch articles from although the address rules refuse
   * them (an intranet news archive, a test server): "news.internal, 10.1.2.0/24, 127.0.0.1".
   */
  CLAIMDIFF_FETCH_ALLOW: z
    .string()
    .default("")
    .transform((value, context) => {
      const { allow, invalid } = parseAllowList(value);
      if (invalid.length) context.addIssue({ code: "custom", message: `not a host name, address or CIDR range: ${invalid.join(", ")}` });
      return allow;
    }),
  /**
   * How long one job item (an article to import, an extraction) may run before the queue gives it
   * to another worker: after a crash, that is how long its work waits.
   */
  CLAIMDIFF_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  /**
   * The reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For, -Host
   * and -Proto headers are believed. Empty by default: the app then reads the client's address
   * from its own socket only, and the sign-in limits cannot be dodged with a made-up header.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
});
export type Env = z.infer<typeof envSchema>;

/** Parses `source` (default `process.env`); throws one readable error listing every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const empty = (v: string | undefined) => (v === "" ? undefined : v);
  const result = envSchema.safeParse(
    Object.fromEntries(Object.keys(envSchema.shape).map((key) => [key, empty(source[key])])),
  );
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The address people reach the app at: APP_URL, else this machine on PORT. */
export function appUrl(env: Env = readEnv()): string {
  return env.APP_URL ?? `http://localhost:${env.PORT}`;
}
