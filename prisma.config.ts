import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file; the application itself connects through driver adapters
// (apps/api/src/db). DATABASE_URL is only needed for `prisma migrate deploy` with the normal engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tournee" },
});
