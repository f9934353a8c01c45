import { runAdminSql } from "./admin-sql";

/** What `npm start` must do to a migrated database before serving it. */
export type StartState = {
  /** No event at all: a first start, which loads the demo event. */
  noEvents: boolean;
  /** Nobody can sign in: the demo admin is created. */
  noUsers: boolean;
};

/**
 * Reads the start state with one statement on a short connection of plain pg: Prisma's client
 * (its query compiler is WebAssembly) costs about a CPU second to load, and a second start
 * needs nothing else of it.
 */
export async function readStartState(url: string): Promise<StartState> {
  const { rows } = await runAdminSql(
    url,
    `SELECT NOT EXISTS (SELECT 1 FROM "event") AS "noEvents", NOT EXISTS (SELECT 1 FROM "app_user") AS "noUsers"`,
  );
  return rows[0] as StartState;
}
