import { billResponse } from "@/lib/communications/downloads";
import { notFoundResponse } from "@/lib/files/download";

// `?download=1` saves the PDF; otherwise it opens in the browser's PDF viewer.
export async function GET(request: Request, { params }: { params: Promise<{ billId: string }> }) {
  const { billId } = await params;
  const download = new URL(request.url).searchParams.has("download");
  const response = await billResponse(billId, download ? "attachment" : "inline");
  return response ?? notFoundResponse();
}
