export { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";

/** A database name no other run on the same server will pick. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
