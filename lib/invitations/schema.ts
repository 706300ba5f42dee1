import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "code"),
    password: passwordSchema,
    confirmation: z.string().max(1000),
  })
  .refine((v) => v.password === v.confirmation, { message: "mismatch", path: ["confirmation"] });
