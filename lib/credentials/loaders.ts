import "server-only";
// Loaders of the credential pages. Reading a link never uses it (AU-18).
import { requirePatient } from "@/lib/auth/gate";
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

/** The change-password and change-email pages: a signed-in patient (staff have no portal). */
export async function loadCredentialsPage() {
  const account = await requirePatient();
  return { email: account.email };
}

/** The page behind the new address's link: only for the account that asked. */
export async function loadEmailConfirmPage(token: string) {
  const account = await requirePatient();
  return emailChangeLinkState(account.id, token);
}
