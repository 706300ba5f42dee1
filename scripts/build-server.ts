// Bundles server.ts (the production server, with the login fast lane) into
// the build folder as portal-server/server.mjs: plain JavaScript that
// `npm start` runs with node. Split into chunks so that what server.ts
// imports after Next has prepared is evaluated only then. The app's own modules (server.ts, lib/…) are bundled;
// packages stay imports from node_modules, the same ones Next's build uses.
// `npm run build` calls it after `next build`; so do `npm test` and the benches.
//
//   tsx scripts/build-server.ts            (into NEXT_DIST_DIR, default .next)
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";

/** The server's entry, relative to the build folder. */
export const SERVER_ENTRY = "portal-server/server.mjs";

export async function buildServer(root: string, distDir: string): Promise<string> {
  const outdir = path.join(root, distDir, path.dirname(SERVER_ENTRY));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, "server.ts")],
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    // `import "server-only"` guards React's server bundles; here it is an empty module, as in scripts/node-hooks.mjs.
    alias: { "server-only": path.join(root, "scripts/build/empty-module.js") },
    plugins: [nodeSubpaths(root)],
    logLevel: "warning",
  });
  return path.join(root, distDir, SERVER_ENTRY);
}

/**
 * Node's ESM loader wants the file of a package subpath ("next/headers.js")
 * when the package has no "exports" map, as Next and next-auth 4 do not;
 * bundlers (and Next's build) accept "next/headers". The bundle's imports are
 * written the way node resolves them.
 */
function nodeSubpaths(root: string): Plugin {
  const noExports = new Map<string, boolean>();
  return {
    name: "node-subpaths",
    setup(b) {
      b.onResolve({ filter: /^(@[^/]+\/)?[^./@][^/]*\/.+/ }, ({ path: spec }) => {
        const parts = spec.split("/");
        const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
        const dir = path.join(root, "node_modules", name);
        if (!noExports.has(name)) {
          const manifest = path.join(dir, "package.json");
          noExports.set(name, existsSync(manifest) && !("exports" in JSON.parse(readFileSync(manifest, "utf8"))));
        }
        const file = `${spec}.js`;
        if (noExports.get(name) && !spec.endsWith(".js") && existsSync(path.join(root, "node_modules", file))) return { path: file, external: true };
        return { path: spec, external: true };
      });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outfile = await buildServer(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
  console.log(`server bundle: ${path.relative(process.cwd(), outfile)}`);
}
