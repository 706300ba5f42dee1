import { Link } from "@/lib/i18n/navigation";
import { NavIcon } from "./nav-icon";
import { UnreadBadge } from "./unread-badge";

/** The phone header's way to the inbox, its unread counter in sight while the menu is closed. */
export function InboxShortcut({
  href,
  label,
  count,
  countLabel,
  prefetch,
}: {
  href: string;
  label: string;
  count: number;
  countLabel: string;
  prefetch?: boolean;
}) {
  return (
    <Link
      href={href}
      prefetch={prefetch}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-ink hover:bg-gray-100"
    >
      <NavIcon name="inbox" className="size-6 shrink-0" />
      <span className="sr-only">{label}</span>
      {count > 0 && (
        <>
          <UnreadBadge count={count} />
          <span className="sr-only"> {countLabel}</span>
        </>
      )}
    </Link>
  );
}
