import { isMailboxEnabled, listMailboxMessages } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

/** GET /api/dev/mailbox?to=address → { messages: [{ id, to, subject, html, text, attachments: [{ filename, contentType, content }], createdAt }] }, newest first. */
export async function GET(request: Request) {
  if (!isMailboxEnabled()) return Response.json({ error: "notFound" }, { status: 404, headers });
  const to = new URL(request.url).searchParams.get("to") ?? undefined;
  const messages = await listMailboxMessages(to);
  return Response.json({ messages }, { headers });
}
