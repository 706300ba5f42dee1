"use client";
import BriefcaseMedicalIcon from "lucide-react/icons/briefcase-medical";
import CalendarClockIcon from "lucide-react/icons/calendar-clock";
import CalendarCogIcon from "lucide-react/icons/calendar-cog";
import ClipboardListIcon from "lucide-react/icons/clipboard-list";
import MapPinIcon from "lucide-react/icons/map-pin";
import ScrollTextIcon from "lucide-react/icons/scroll-text";
import SettingsIcon from "lucide-react/icons/settings";
import StethoscopeIcon from "lucide-react/icons/stethoscope";
import UserCogIcon from "lucide-react/icons/user-cog";
import UsersIcon from "lucide-react/icons/users";
import WrenchIcon from "lucide-react/icons/wrench";
import type { LucideIcon } from "lucide-react";
import { Icon, NavIcon, type NavIconName } from "@/components/shell/nav-icon";

const ADMIN_ICONS = {
  "briefcase-medical": BriefcaseMedicalIcon,
  "calendar-clock": CalendarClockIcon,
  "calendar-cog": CalendarCogIcon,
  "clipboard-list": ClipboardListIcon,
  "map-pin": MapPinIcon,
  "scroll-text": ScrollTextIcon,
  settings: SettingsIcon,
  stethoscope: StethoscopeIcon,
  "user-cog": UserCogIcon,
  users: UsersIcon,
  wrench: WrenchIcon,
} satisfies Record<string, LucideIcon>;

export type AdminNavIconName = keyof typeof ADMIN_ICONS | NavIconName;

/** The staff area's navigation icons, by name (components/shell/nav-icon.tsx says why). */
export function AdminNavIcon({ name }: { name: AdminNavIconName }) {
  return name in ADMIN_ICONS ? (
    <Icon icon={ADMIN_ICONS[name as keyof typeof ADMIN_ICONS]} />
  ) : (
    <NavIcon name={name as NavIconName} />
  );
}
