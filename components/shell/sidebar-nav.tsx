"use client";
import type { ReactNode } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { UnreadBadge } from "./unread-badge";

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
  /** A decorative icon: a <NavIcon> (or <AdminNavIcon>) by name, so no SVG travels in the RSC payload. */
  icon?: ReactNode;
};

/** Whether a link is the page being shown (or, unless `exact`, one of its sub-pages). */
export function isCurrentNav(pathname: string, item: Pick<NavItem, "href" | "exact">): boolean {
  return pathname === item.href || (!item.exact && pathname.startsWith(item.href + "/"));
}

/** Sidebar links, one per line (on phones they are in the menu); the current page is marked for screen readers too (aria-current). */
export function SidebarNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-1">
        {items.map((item) => {
          const current = isCurrentNav(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={item.prefetch}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center gap-3 rounded-md px-3 font-medium ${
                  current ? "bg-brand-50 text-brand-800" : "text-ink hover:bg-gray-100"
                }`}
              >
                {item.icon}
                <span>
                  {item.label}
                  {item.count ? (
                    <>
                      {item.countStyle === "inline" ? (
                        <span aria-hidden="true">&nbsp;({item.count})</span>
                      ) : (
                        <UnreadBadge count={item.count} className="ml-2" />
                      )}
                      <span className="sr-only"> {item.countLabel}</span>
                    </>
                  ) : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
