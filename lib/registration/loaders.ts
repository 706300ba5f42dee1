import "server-only";
import { loadClinic } from "@/lib/clinic/loaders";
import { inspectAccountToken } from "@/lib/tokens/data";
import { findClinicTerms } from "./data";
import { registrationRules } from "./mutations";

export async function loadRegisterPage() {
  const clinic = await loadClinic();
  return {
    clinic,
    rules: clinic ? registrationRules(clinic) : null,
    province: clinic?.province ?? "",
  };
}

/** What the activation page shows; looking does not use the token (AU-18). */
export async function loadActivatePage(secret: string) {
  const [clinic, { state }] = await Promise.all([
    loadClinic(),
    inspectAccountToken(secret, "activation"),
  ]);
  return { clinic, state };
}

export async function loadTermsPage() {
  const [clinic, terms] = await Promise.all([loadClinic(), findClinicTerms()]);
  return { clinic, terms };
}
