import { handleBrandUpload } from "@/lib/admin/brand-upload";

export const dynamic = "force-dynamic";

/** An admin sets the clinic's colour and logo (multipart/form-data) → ActionResult JSON. */
export async function POST(request: Request) {
  return handleBrandUpload(request);
}
