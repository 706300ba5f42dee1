import type { LucideIcon } from "lucide-react";

/** A navigation item's icon: decorative, the item's words name it. */
export function navIcon(Icon: LucideIcon) {
  return <Icon aria-hidden="true" className="size-5 shrink-0" />;
}
