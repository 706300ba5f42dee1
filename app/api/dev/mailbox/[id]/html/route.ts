import { findMailboxHtml } from "@/lib/email/data";
import { isMailboxEnabled } from "@/lib/email/mailbox";
import { emailPreviewSecurityPolicy } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });

/** GET /api/dev/mailbox/<id>/html → the email's HTML, for the mailbox page's sandboxed iframe. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isMailboxEnabled()) return notFound();
  const html = await findMailboxHtml((await params).id);
  if (html === null) return notFound();
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": emailPreviewSecurityPolicy,
      "Cache-Control": "no-store",
      // The emails hold working links with tokens: never sent on as a referrer.
      "Referrer-Policy": "no-referrer",
    },
  });
}
