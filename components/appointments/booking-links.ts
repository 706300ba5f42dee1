// URLs of the booking flows. Only ids and dates go in them — never the reason.
import type { Flow } from "@/lib/booking/loaders";

export function flowBase(flow: Flow): string {
  return flow === "emergency" ? "/appointments/emergency" : "/appointments/book";
}

export function flowHref(
  flow: Flow,
  query: Record<string, string | undefined>,
  page: "" | "/confirm" | "/done" = "",
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const qs = params.toString();
  return `${flowBase(flow)}${page}${qs ? `?${qs}` : ""}`;
}

/** The query after choosing `value` at step `key`: the grid week is searched again. */
export function withChoice(
  query: Record<string, string>,
  changes: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return { ...query, week: undefined, step: undefined, ...changes };
}

export function tabHref(profile: { id: string; own: boolean }): string {
  return profile.own ? "/appointments" : `/appointments?profile=${encodeURIComponent(profile.id)}`;
}
