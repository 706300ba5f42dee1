import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES, UPLOAD_BODY_LIMIT_BYTES } from "./lib/actions/body-limit";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  // Several builds side by side (e.g. parallel e2e runs) each use their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Resolve metadata before the first byte for every visitor (not only bots):
  // otherwise a streamed page has sent 200 before notFound() can answer 404.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  experimental: {
    // One number for Next's limit, the proxy's 413 and the forms' own check.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // Next cuts the body it hands through the proxy at this size (10 MB by
    // default, which would truncate a communication's PDFs); the proxy
    // refuses anything larger than 1 MiB on every other route (bodyLimitFor).
    proxyClientMaxBodySize: UPLOAD_BODY_LIMIT_BYTES,
  },
  // Loaded from node_modules at run time rather than bundled: WASM (PGlite),
  // native bindings (argon2) and the pg driver do not survive bundling.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      // The mailbox's email preview is framed by the mailbox page (the later entry wins).
      {
        source: "/api/dev/mailbox/:id/html",
        headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
    ];
  },
};

export default withNextIntl(config);
