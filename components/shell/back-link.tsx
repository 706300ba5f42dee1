import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The link above a page's title back to the list or page it was opened from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center text-brand-800 underline">
      {children}
    </Link>
  );
}
