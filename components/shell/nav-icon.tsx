"use client";
import BookOpenIcon from "lucide-react/icons/book-open";
import CalendarDaysIcon from "lucide-react/icons/calendar-days";
import CircleUserIcon from "lucide-react/icons/circle-user";
import FileTextIcon from "lucide-react/icons/file-text";
import InboxIcon from "lucide-react/icons/inbox";
import LayoutDashboardIcon from "lucide-react/icons/layout-dashboard";
import MenuIcon from "lucide-react/icons/menu";
import ReceiptIcon from "lucide-react/icons/receipt";
import SendIcon from "lucide-react/icons/send";
import XIcon from "lucide-react/icons/x";
import type { LucideIcon } from "lucide-react";

// Icons are drawn on the client, chosen by name: an SVG drawn by a server
// component travels twice (in the HTML, and again in the RSC payload), a
// <NavIcon name="…"> only as its name. The staff area's own icons are in
// components/admin/admin-nav-icon.tsx, so that patients' pages never load them.
const ICONS = {
  "book-open": BookOpenIcon,
  "calendar-days": CalendarDaysIcon,
  "circle-user": CircleUserIcon,
  "file-text": FileTextIcon,
  inbox: InboxIcon,
  "layout-dashboard": LayoutDashboardIcon,
  menu: MenuIcon,
  receipt: ReceiptIcon,
  send: SendIcon,
  x: XIcon,
} satisfies Record<string, LucideIcon>;

export type NavIconName = keyof typeof ICONS;

/** A decorative icon (aria-hidden): the words beside it name what it stands for. */
export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  return <Icon icon={ICONS[name]} className={className} />;
}

/** How every navigation icon is drawn: shared by the staff area's icons. */
export function Icon({ icon: Drawn, className }: { icon: LucideIcon; className?: string }) {
  return <Drawn aria-hidden="true" className={className ?? "size-5 shrink-0"} />;
}
