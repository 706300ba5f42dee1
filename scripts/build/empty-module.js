// Stands in for the `server-only` package in bundles that run outside React's server build (scripts/build-server.ts).
