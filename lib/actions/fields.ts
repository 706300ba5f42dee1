// Fields every domain's form schema shares. Safe on the client: forms import
// their schemas too.
import { z } from "zod";

/**
 * The id of a record named by a form (a cuid, or a seeded id): never empty,
 * never longer than 64, so a forged value is refused before any query.
 */
export const recordId = z.string().trim().min(1, "required").max(64);
