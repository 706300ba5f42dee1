import { z } from "zod";

/** A person's name as shown in a greeting. Control characters (CR/LF…) are refused. */
export const personName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u, "must not contain control characters");

/** A link into the portal: http(s) only, never javascript: or data:. */
export const portalLink = z.url({ protocol: /^https?$/, normalize: true }).max(2000);
