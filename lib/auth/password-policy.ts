import { z } from "zod";

// The clinic's composition rule (PRODUCT.md). Each failed rule is reported by
// its code so the form can tick rules off live, in the user's language.
export const PASSWORD_RULES = {
  length: (p: string) => [...p].length >= 8,
  lowercase: (p: string) => /\p{Ll}/u.test(p),
  uppercase: (p: string) => /\p{Lu}/u.test(p),
  digit: (p: string) => /\p{Nd}/u.test(p),
  special: (p: string) => /[^\p{L}\p{Nd}]/u.test(p),
} as const;

export type PasswordRule = keyof typeof PASSWORD_RULES;

export function unmetPasswordRules(password: string): PasswordRule[] {
  return (Object.keys(PASSWORD_RULES) as PasswordRule[]).filter(
    (rule) => !PASSWORD_RULES[rule](password),
  );
}

export const passwordSchema = z
  .string()
  .max(1000)
  .refine((p) => unmetPasswordRules(p).length === 0, { message: "passwordPolicy" });
