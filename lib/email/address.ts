import { z } from "zod";

/**
 * A recipient address (AU-17): one plain ASCII `local@domain.tld`, nothing a
 * mail header could be split on (no spaces, CR/LF, commas, angle brackets or
 * display names), normalized to lower case like Account.email. Not trimmed:
 * an address arriving with surrounding whitespace is a bug upstream.
 */
export const emailAddressSchema = z
  .email({ pattern: z.regexes.email })
  .max(254)
  .refine(
    (address) => (address.split("@")[0] ?? "").length <= 64,
    "local part is longer than 64 characters",
  )
  .transform((address) => address.toLowerCase());
