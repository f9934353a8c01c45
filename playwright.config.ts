import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium, never a downloaded one; `npm test` skips e2e when there is none.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The demo admin the e2e server creates; tests/e2e/auth.setup.ts signs in as it once. */
export const E2E_ADMIN = { email: "admin@claimdiff.example", password: "e2e-demo-password" };
/** What the e2e server may fetch although the address rules refuse it (its own loopback address only). */
export const E2E_FETCH_ALLOW = "127.0.0.1";
export const SIGNED_IN_STATE = ".data/test-results/e2e-auth/admin.json";
/** Where scripts/e2e-server.ts writes the URL of the database it serves (tests count its rows). */
export const E2E_DATABASE_URL_FILE = ".data/test-results/e2e-database-url";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".data/test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    { name: "app", dependencies: ["sign-in"], use: { storageState: SIGNED_IN_STATE } },
  ],
  webServer: {
    // A fresh database with the demo event, served by the production build (built if needed).
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/events`,
    // 127.0.0.1 is allowed to be fetched: tests/e2e/ingest.spec.ts serves a news page there.
    env: { PORT: String(port), CLAIMDIFF_DEMO_ADMIN_PASSWORD: E2E_ADMIN.password, CLAIMDIFF_FETCH_ALLOW: E2E_FETCH_ALLOW, E2E_DATABASE_URL_FILE },
    timeout: 300_000,
    // E2E_REUSE=1 runs the specs against an app already serving on E2E_PORT (while developing).
    reuseExistingServer: process.env.E2E_REUSE === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
