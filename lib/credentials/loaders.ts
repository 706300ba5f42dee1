import "server-only";
// Loaders of the credential pages. Reading a link never uses it (AU-18).
import { requirePatient, requireStaff } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";
import { emailChangeLinkState } from "./email-change";
import { resetLinkState } from "./password";

export async function loadForgotPasswordPage() {
  return { clinic: await loadClinic() };
}

export async function loadResetPasswordPage(token: string) {
  const [clinic, state] = await Promise.all([loadClinic(), resetLinkState(token)]);
  return { clinic, state };
}

/** The change-password and change-email pages: a signed-in patient. */
export async function loadCredentialsPage() {
  const account = await requirePatient();
  return { email: account.email };
}

/** The staff side of the new address's link: only for the staff account that asked. */
export async function loadStaffEmailConfirmPage(token: string) {
  const account = await requireStaff();
  return emailChangeLinkState(account.id, token);
}

/** A staff member's own sign-in details in /admin: their email and when their password last changed. */
export async function loadStaffAccountPage() {
  const account = await requireStaff();
  return { email: account.email, passwordChangedAt: account.passwordChangedAt };
}

/** The page behind the new address's link: only for the account that asked. */
export async function loadEmailConfirmPage(token: string) {
  const account = await requirePatient();
  return emailChangeLinkState(account.id, token);
}
