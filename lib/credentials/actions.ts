"use server";
// Server actions of the credential flows; the rules live in password.ts and
// email-change.ts, the identity always comes from the session (AC-2).
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { accountAction, publicAction } from "@/lib/actions/safe-action";
import { fail, ok } from "@/lib/actions/result";
import { confirmEmailChange, requestEmailChange } from "./email-change";
import { changePassword, requestPasswordReset, resetPassword } from "./password";
import {
  changeEmailSchema,
  changePasswordSchema,
  confirmEmailChangeSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
} from "./schema";
import { reissueSessionCookie } from "./session-cookie";

/**
 * The same answer whatever the address (AU-5): "check your email", or past
 * the per-address limit, counted for every address alike, "try again later".
 */
export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }, ctx) => {
  return (await requestPasswordReset(email, ctx)) === "throttled" ? fail("emailLimit") : ok();
});

export const resetPasswordAction = publicAction(
  resetPasswordSchema,
  async ({ token, password }, ctx) => {
    const result = await resetPassword(token, password, ctx);
    if (!result.ok) {
      if (result.code === "commonPassword") return fail("invalid", { password: "commonPassword" });
      return fail(
        result.code === "invalid" || result.code === "expired" || result.code === "used"
          ? `link_${result.code}`
          : "unexpected",
      );
    }
    const locale = await getLocale();
    redirect(`/${locale}/login?reset=1`);
  },
);

export const changePasswordAction = accountAction(
  changePasswordSchema,
  async ({ currentPassword, password }, ctx) => {
    const result = await changePassword(ctx.account.id, { currentPassword, password }, ctx);
    if (!result.ok) {
      if (result.code === "wrongPassword")
        return fail("invalid", { currentPassword: "wrongPassword" });
      if (result.code === "commonPassword" || result.code === "samePassword")
        return fail("invalid", { password: result.code });
      return fail(result.code === "throttled" ? "throttled" : "unexpected");
    }
    // Other sessions are over; this one continues with the new version (or,
    // without a readable cookie, goes back through the login page).
    if (!(await reissueSessionCookie(ctx.account.id, result.data.sessionVersion)))
      redirect(`/${await getLocale()}/login`);
    return ok();
  },
);

export const changeEmailAction = accountAction(
  changeEmailSchema,
  async ({ currentPassword, email }, ctx) => {
    const result = await requestEmailChange(ctx.account.id, { currentPassword, email }, ctx);
    if (!result.ok) {
      if (result.code === "wrongPassword")
        return fail("invalid", { currentPassword: "wrongPassword" });
      if (result.code === "sameEmail" || result.code === "emailUnavailable")
        return fail("invalid", { email: result.code });
      return fail(result.code === "throttled" ? "throttled" : "unexpected");
    }
    return ok();
  },
);

export const confirmEmailChangeAction = accountAction(
  confirmEmailChangeSchema,
  async ({ token, code }, ctx) => {
    const result = await confirmEmailChange(ctx.account.id, { token, code }, ctx);
    if (!result.ok) {
      if (result.code === "wrongCode") return fail("invalid", { code: "wrongCode" });
      return fail(
        result.code === "invalid" || result.code === "expired" || result.code === "used"
          ? `link_${result.code}`
          : result.code,
      );
    }
    const locale = await getLocale();
    if (!(await reissueSessionCookie(ctx.account.id, result.data.sessionVersion)))
      redirect(`/${locale}/login`);
    // The link page cannot show the result (its token is now used): the patient's own
    // profile, where the sign-in details are (staff: My account), says it.
    redirect(
      ctx.account.role === "patient" && ctx.account.profileId
        ? `/${locale}/profile?profile=${encodeURIComponent(ctx.account.profileId)}&emailChanged=1`
        : `/${locale}/admin/account?emailChanged=1`,
    );
  },
);
