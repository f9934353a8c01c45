import { z } from "zod";

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
