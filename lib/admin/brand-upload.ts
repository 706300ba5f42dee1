import "server-only";
// POST /api/admin/clinic/brand — an admin sets the clinic's colour and logo.
// A route handler, not a server action: a logo may be 2 MiB and actions take
// 1 MiB. It does what staffAction does (same-origin check, admin gate, zod,
// codes) and answers JSON shaped like ActionResult, as the communication
// upload does.
import { fail } from "@/lib/actions/result";
import { answer, readUpload } from "@/lib/actions/upload-route";
import { fieldCodes } from "@/lib/actions/safe-action";
import { BRAND_BODY_LIMIT_BYTES } from "@/lib/actions/body-limit";
import { log } from "@/lib/log";
import { brandSchema } from "./schema";
import { saveBrand } from "./settings";

/** The chosen file, or null when the form's file input was left empty. */
function logoOf(form: FormData): File | null {
  const value = form.get("logo");
  return value && typeof value !== "string" && value.size > 0 ? value : null;
}

export async function handleBrandUpload(request: Request): Promise<Response> {
  const upload = await readUpload(request, BRAND_BODY_LIMIT_BYTES);
  if (upload instanceof Response) return upload;
  const { ctx, account, form } = upload;
  const parsed = brandSchema.safeParse({
    brandColor: form.get("brandColor") ?? undefined,
    removeLogo: form.get("removeLogo") ?? undefined,
  });
  if (!parsed.success) return answer(fail("invalid", fieldCodes(parsed.error)), 400);
  try {
    const logo = logoOf(form);
    const result = await saveBrand(
      account,
      parsed.data,
      logo ? new Uint8Array(await logo.arrayBuffer()) : null,
      ctx,
    );
    if (result.ok) return answer(result, 200);
    return answer(result, result.code === "notFound" ? 404 : 400);
  } catch (error) {
    log.error("brand upload failed", { requestId: ctx.requestId, error });
    return answer(fail("unexpected"), 500);
  }
}
