"use client";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** `exact`: current only on that very page (an overview whose path prefixes its siblings'). */
/** `count`: a number shown beside the label (unread items), with `countLabel` saying what it counts. */
export type NavItem = {
  href: string;
  label: string;
  exact?: boolean;
  count?: number;
  countLabel?: string;
  /** `badge`: a red counter (Inbox); `inline`: "(2)" after the label (Documents, Bills). */
  countStyle?: "badge" | "inline";
  /** false where opening the page is itself recorded (the audit log): a prefetch is not a visit. */
  prefetch?: boolean;
};

/** Sidebar links; the current page is marked for screen readers too (aria-current). */
export function SidebarNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-row flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const current =
            pathname === item.href || (!item.exact && pathname.startsWith(item.href + "/"));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={item.prefetch}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center rounded-md px-3 font-medium ${
                  current ? "bg-brand-50 text-brand-800" : "text-ink hover:bg-gray-100"
                }`}
              >
                {item.label}
                {item.count ? (
                  <>
                    {item.countStyle === "inline" ? (
                      <span aria-hidden="true">&nbsp;({item.count})</span>
                    ) : (
                      <span
                        aria-hidden="true"
                        className="ml-2 rounded-full bg-red-700 px-2 text-sm font-semibold text-white"
                      >
                        {item.count}
                      </span>
                    )}
                    <span className="sr-only"> {item.countLabel}</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
