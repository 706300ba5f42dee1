import "server-only";
import { cache } from "react";
import { type Clinic, findClinic } from "./data";
import { DEFAULT_TIME_ZONE } from "./default-time-zone";

/** The clinic this deployment serves, read once per request, or null on an empty database. */
export const loadClinic = cache(() => findClinic());

/**
 * For what cannot exist before first-run setup (a patient's portal: every
 * patient belongs to the clinic): the clinic, or an error.
 */
export async function requireClinic(): Promise<Clinic> {
  const clinic = await loadClinic();
  if (!clinic) throw new Error("the clinic is not set up yet");
  return clinic;
}

export type ClinicSummary = Clinic;

/** The zone dates are shown in: the clinic's, or before setup the one constant for that case. */
export const loadClinicTimeZone = cache(
  async () => (await loadClinic())?.timeZone ?? DEFAULT_TIME_ZONE,
);
