// Lets command-line scripts (seed, migrate, benchmarks) import modules that
// start with `import "server-only"`: outside React's server bundle that
// package throws by design, so here it resolves to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
