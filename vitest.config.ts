import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components; tests call lib/db directly.
    "server-only": path.join(root, "tests/support/empty-module.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
          exclude: ["lib/db/**"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["lib/db/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
          // Starts the embedded PostgreSQL (or uses DATABASE_URL) and migrates a template database once.
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
