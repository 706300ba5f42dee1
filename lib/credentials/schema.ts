// Forms of the forgotten-password and credential-change flows, shared by the
// client forms and the server actions. Messages are codes (forms.errors.*).
import { z } from "zod";
import { emailSchema } from "@/lib/auth/email";
import { passwordSchema } from "@/lib/auth/password-policy";

/** A password the user already has: no policy, only a bound on the hashing cost. */
const currentPassword = z.string().min(1).max(1000);

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** A new password typed twice. */
const newPasswordPair = z.object({
  password: passwordSchema,
  confirmPassword: z.string().min(1).max(1000),
});
const passwordsMatch = (v: { password: string; confirmPassword: string }) =>
  v.password === v.confirmPassword;

export const resetPasswordSchema = newPasswordPair
  .extend({ token: z.string().min(1).max(200) })
  .refine(passwordsMatch, { message: "mismatch", path: ["confirmPassword"] });

export const changePasswordSchema = newPasswordPair
  .extend({ currentPassword })
  .refine(passwordsMatch, { message: "mismatch", path: ["confirmPassword"] });

export const changeEmailSchema = z
  .object({ currentPassword, email: emailSchema, confirmEmail: emailSchema })
  .refine((v) => v.email === v.confirmEmail, { message: "mismatch", path: ["confirmEmail"] });

export const confirmEmailChangeSchema = z.object({
  token: z.string().min(1).max(200),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "codeFormat"),
});
