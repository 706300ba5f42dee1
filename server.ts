// `npm start`: the production server. Next's own request handler serves every
// request but one: the credentials login, CPU-bound on argon2 and the portal's
// hottest path, is answered by lib/auth/login-lane.ts before Next routes it
// (see there for why and what it keeps). Bundled into the build folder by
// `npm run build` (scripts/build-server.ts); `next dev` does not use it.
//
//   node .next/portal-server/server.mjs [--port 3000] [--hostname 0.0.0.0]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { log } from "@/lib/log";
import { whenStarted } from "@/lib/ops/started";

const { values: args } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
// What env() reads for APP_URL's default (lib/env.ts), before anything reads it.
process.env.PORT = String(port);
const hostname = args.hostname;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
// Next's handler waits for instrumentation.ts (environment, embedded
// database, workers) before serving; the lane must too, so nothing is taken
// before it is done.
await whenStarted();
// Imported only now: the login code reaches next/headers, which needs the
// request storage Next installs while preparing.
const { isLoginPost, serveLogin } = await import("@/lib/auth/login-lane");

createServer((req, res) => {
  if (isLoginPost(req)) void serveLogin(req, res);
  else void handle(req, res);
}).listen(port, hostname, () => {
  log.info("listening", { port, hostname: hostname ?? "all interfaces" });
});
