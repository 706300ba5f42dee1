import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The link above a page's title back to the list or page it was opened from. */
export function BackLink({
  href,
  prefetch,
  children,
}: {
  href: string;
  /** false where opening the page is itself recorded: a prefetch is not a visit. */
  prefetch?: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      prefetch={prefetch}
      className="inline-flex min-h-11 items-center text-brand-800 underline"
    >
      {children}
    </Link>
  );
}
