import path from "node:path";
import { defineConfig } from "prisma/config";

// The schema engine binary is downloaded on demand, which fails without internet. Client
// generation does not need it, so point Prisma at a stub unless a real engine is configured;
// migrations run through `npm run db:migrate` (see lib/db/migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "prisma/engine/schema-engine-unavailable.sh",
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimdiff" },
});
