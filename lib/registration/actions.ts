"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, ok } from "@/lib/actions/result";
import { accountAction, publicAction } from "@/lib/actions/safe-action";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { emailSchema } from "@/lib/auth/email";
import { requirePatient } from "@/lib/auth/gate";
import { activateAccount, acceptTerms, registerPatient, resendActivation } from "./mutations";
import { registrationFormSchema } from "./schema";

const locale = z.enum(["en", "fr"]);

/**
 * Same answer for a new and a taken address (AU-6): the form then says "check
 * your email"; over the per-address limit, "try again later" for both alike.
 */
export const registerAction = publicAction(registrationFormSchema, async (input, ctx) => {
  const result = await registerPatient(input, ctx);
  if (result.ok) return ok();
  if (result.code === "invalid") return fail("invalid", result.fields);
  return fail(result.code === "emailLimit" ? "emailLimit" : "unexpected");
});

/** Only this POST activates: a GET of the emailed link shows a button (AU-18). */
export const activateAction = publicAction(
  z.object({ token: z.string().min(1).max(200), locale }),
  async (input, ctx) => {
    const result = await activateAccount(input.token, ctx);
    if (!result.ok) return fail(result.code);
    redirect(`/${input.locale}/login?activated=1`);
  },
);

export const resendActivationAction = publicAction(
  z.object({ email: emailSchema }),
  async (input, ctx) => {
    return (await resendActivation(input.email, ctx)) === "emailLimit" ? fail("emailLimit") : ok();
  },
);

export const acceptTermsAction = accountAction(
  z.object({
    accept: z.literal("on", { message: "acceptTerms" }),
    version: z.coerce.number().int().min(0),
    locale,
    callbackUrl: z.string().max(2000).optional(),
  }),
  async (input, ctx) => {
    const account = await requirePatient({ pendingTerms: true });
    if (!(await acceptTerms(account.id, input.version, ctx))) return fail("termsChanged");
    redirect(safeCallbackUrl(input.callbackUrl, `/${input.locale}/dashboard`));
  },
);
