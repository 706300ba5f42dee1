import { attachmentResponse } from "@/lib/communications/downloads";
import { notFoundResponse } from "@/lib/files/download";

// `?download=1` saves the file; otherwise it opens in the browser's PDF viewer.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ attachmentId: string }> },
) {
  const { attachmentId } = await params;
  const download = new URL(request.url).searchParams.has("download");
  const response = await attachmentResponse(attachmentId, download ? "attachment" : "inline");
  return response ?? notFoundResponse();
}
