/**
 * The client's address as seen by the app (CA-1). X-Forwarded-For is a list
 * each proxy appends to; only the entries our own proxies added can be
 * trusted, so with TRUSTED_PROXY_HOPS=N we take the Nth entry from the right
 * (N=1: the address our one load balancer saw). A list shorter than N did not
 * come through our proxies, and gives "unknown". Whatever a client puts on the
 * left is ignored.
 *
 * With 0 hops the portal faces clients directly, and the address is the one
 * Next's server hands over: it fills X-Forwarded-For with the socket's address
 * only when the request has none, and keeps a client's own header as it is
 * (next/dist/server/base-server.js). So 0 hops is trustworthy only when no
 * client can reach the server without a proxy that sets the header.
 */
export function clientIp(
  forwardedFor: string | null,
  trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0),
): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (trustedHops <= 0) return entries.at(-1) ?? "unknown";
  return entries[entries.length - trustedHops] ?? "unknown";
}
