// Stands in for the `server-only` package in Vitest (see vitest.config.ts):
// outside React's server bundle that package throws on import by design.
export {};
