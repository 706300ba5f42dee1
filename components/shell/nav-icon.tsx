"use client";
import BookOpenIcon from "lucide-react/icons/book-open";
import BriefcaseMedicalIcon from "lucide-react/icons/briefcase-medical";
import CalendarClockIcon from "lucide-react/icons/calendar-clock";
import CalendarCogIcon from "lucide-react/icons/calendar-cog";
import CalendarDaysIcon from "lucide-react/icons/calendar-days";
import CircleUserIcon from "lucide-react/icons/circle-user";
import ClipboardListIcon from "lucide-react/icons/clipboard-list";
import FileTextIcon from "lucide-react/icons/file-text";
import InboxIcon from "lucide-react/icons/inbox";
import LayoutDashboardIcon from "lucide-react/icons/layout-dashboard";
import MapPinIcon from "lucide-react/icons/map-pin";
import ReceiptIcon from "lucide-react/icons/receipt";
import ScrollTextIcon from "lucide-react/icons/scroll-text";
import SendIcon from "lucide-react/icons/send";
import SettingsIcon from "lucide-react/icons/settings";
import StethoscopeIcon from "lucide-react/icons/stethoscope";
import UserCogIcon from "lucide-react/icons/user-cog";
import UsersIcon from "lucide-react/icons/users";
import WrenchIcon from "lucide-react/icons/wrench";
import MenuIcon from "lucide-react/icons/menu";
import XIcon from "lucide-react/icons/x";

// Drawn on the client from a name: an icon handed over by a server component
// would travel twice, as SVG in the HTML and again in the RSC payload.
const ICONS = {
  "book-open": BookOpenIcon,
  "briefcase-medical": BriefcaseMedicalIcon,
  "calendar-clock": CalendarClockIcon,
  "calendar-cog": CalendarCogIcon,
  "calendar-days": CalendarDaysIcon,
  "circle-user": CircleUserIcon,
  "clipboard-list": ClipboardListIcon,
  "file-text": FileTextIcon,
  inbox: InboxIcon,
  "layout-dashboard": LayoutDashboardIcon,
  "map-pin": MapPinIcon,
  menu: MenuIcon,
  receipt: ReceiptIcon,
  "scroll-text": ScrollTextIcon,
  send: SendIcon,
  settings: SettingsIcon,
  stethoscope: StethoscopeIcon,
  "user-cog": UserCogIcon,
  users: UsersIcon,
  wrench: WrenchIcon,
  x: XIcon,
};

export type NavIconName = keyof typeof ICONS;

/** A navigation item's icon: decorative, the item's words name it. */
export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden="true" className={className ?? "size-5 shrink-0"} />;
}
