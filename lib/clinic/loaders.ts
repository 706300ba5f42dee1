import "server-only";
import { cache } from "react";
import { type Clinic, findClinic } from "./data";

/** The clinic this deployment serves, read once per request, or null on an empty database. */
export const loadClinic = cache(() => findClinic());

export type ClinicSummary = Clinic;
