// Projects: `unit` (node) and `unit-dom` (jsdom, *.test.tsx) for pure logic and
// components; `integration` for data code against a real database chosen by
// TEST_DB=pglite|postgres (tests/integration/setup.ts); `faults` for the
// production server under concurrency and failure. `npm test` runs them all in
// order; see scripts/test.ts.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const exclude = ["**/node_modules/**", "**/.next/**", "**/.data/**", "**/.tmp/**", "**/.git/**"];

const shared = {
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, "tests/support/server-only.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
};

export default defineConfig({
  ...shared,
  test: {
    exclude,
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "tests/integration/**", "tests/e2e/**", "tests/faults/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "unit-dom",
          environment: "jsdom",
          include: ["**/*.test.tsx"],
          exclude: [...exclude, "tests/integration/**", "tests/e2e/**"],
          // Components that link (next-intl's navigation) import "next/navigation"
          // without an extension: only a bundler resolves it (as in integration below).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          exclude,
          // One fresh database per test file: each file runs in its own forked
          // process (isolate), so the app's db() singleton is never shared.
          pool: "forks",
          isolate: true,
          maxWorkers: 2,
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // proxy.ts runs here too (tests/integration/security/forwarded-for.test.ts):
          // next-intl's ESM build imports "next/server" without an extension, which
          // only a bundler resolves, so vite bundles it instead of Node loading it.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        ...shared,
        test: {
          // `npm run test:faults`: the production server, two instances over a
          // throwaway PostgreSQL, driven from outside (tests/faults/cluster.ts).
          // One file at a time: each starts servers that need both cores.
          name: "faults",
          environment: "node",
          include: ["tests/faults/**/*.test.ts"],
          exclude,
          pool: "forks",
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
          server: { deps: { inline: ["next-intl"] } },
        },
      },
    ],
  },
});
