import { handleCommunicationUpload } from "@/lib/communications/upload";

export const dynamic = "force-dynamic";

/** Staff send a communication with its PDFs (multipart/form-data) → ActionResult JSON. */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ profileId: string }> },
) {
  return handleCommunicationUpload(request, (await params).profileId);
}
