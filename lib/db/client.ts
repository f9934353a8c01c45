import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "../env";
import { PrismaClient } from "./generated/client";

export { Prisma } from "./generated/client";
export type { PrismaClient } from "./generated/client";

/** A client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type DbClient = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;

/**
 * Prisma's defaults (2 s to get a connection, 5 s for an interactive transaction) fail saves that
 * are merely slow: under load (`npm run bench:load`, 20 editors saving while pages render) a
 * three-statement save waited 6.5 s for the event loop between its statements, and the editor got
 * "Something went wrong". The deadlines stay, to end a transaction that is truly stuck.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

// Cached on globalThis so Next's hot reload in development does not open a new pool each time.
const globalForDb = globalThis as unknown as { claimdiffDb?: PrismaClient };

/**
 * The one Prisma client of this process, created on first use so that `next build` and
 * modules that merely import lib/db need no database.
 */
export function getDb(): PrismaClient {
  if (!globalForDb.claimdiffDb) {
    const env = readEnv();
    if (!env.DATABASE_URL) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded PostgreSQL.",
      );
    }
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DB_POOL_SIZE });
    globalForDb.claimdiffDb = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  }
  return globalForDb.claimdiffDb;
}

/**
 * For tests that count the SQL a loader issues: replaces this process's client with one that
 * calls `onQuery` for every statement it sends (Prisma's query events, which the normal client
 * does not emit). `disconnectDb()` goes back to the normal client.
 */
export async function useCountingDb(onQuery: (sql: string) => void): Promise<void> {
  await disconnectDb();
  const env = readEnv();
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DB_POOL_SIZE });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  globalForDb.claimdiffDb = client as unknown as PrismaClient;
}

/** Closes the pool; the next `getDb()` opens a new one. For scripts and tests. */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.claimdiffDb;
  globalForDb.claimdiffDb = undefined;
  await client?.$disconnect();
}
