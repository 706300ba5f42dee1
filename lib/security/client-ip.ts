/**
 * The client's address as seen by the app. X-Forwarded-For is a list each hop
 * appends to; only the entries added by our own proxies can be trusted, so we
 * take the one TRUSTED_PROXY_HOPS from the right (0: the last, which the Next
 * server itself appends for the socket). Whatever a client puts on the left is ignored.
 */
export function clientIp(forwardedFor: string | null, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - trustedHops)] ?? "unknown";
}
