import pg from "pg";

/**
 * Runs one statement on its own short connection to the server of `url`: for statements that
 * cannot run inside a transaction or a pool session, such as CREATE and DROP DATABASE.
 */
export async function runAdminSql(url: string, sql: string, values?: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** The same server as `url`, another database on it. */
export function urlForDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
