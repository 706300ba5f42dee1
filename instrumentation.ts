import type { Instrumentation } from "next";

// Next calls register() once per server process, before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file; the build must never open the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/ops/startup");
  await startServer();
}

// Every error thrown while rendering or in an action or route: one JSON line
// with the request id that the response carried (X-Request-Id), so a report
// from a user ("reference: …") leads to the log. The browser only ever gets
// the generic error page.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import("./lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  log.error("request failed", {
    requestId: headers["x-request-id"],
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    kind: context.routeType,
    digest: (error as { digest?: string }).digest,
    error,
  });
};
