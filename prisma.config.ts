// Prisma's CLI downloads a native schema engine before every command, and that
// host is unreachable offline. It skips the download when this variable names
// an existing file; `prisma generate` never runs it. Migrations are authored
// and applied by our own scripts (scripts/db/*) with the WASM engine instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= new URL("./package.json", import.meta.url).pathname;

import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
