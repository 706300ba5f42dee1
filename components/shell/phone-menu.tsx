import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NavIcon } from "./nav-icon";
import { ShellMenuButton } from "./shell-menu";

/**
 * The phone header's controls beside the clinic's name: `shortcut` (the inbox and its
 * counter) and the menu button, which shows `caption` (the selected profile) so it stays in sight.
 * Rendered by the layouts with a sidebar, so that pages without one load none of it.
 */
export async function PhoneMenu({ caption, shortcut }: { caption?: string; shortcut?: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="ml-auto flex max-w-full min-w-0 items-center gap-2 md:hidden">
      {shortcut}
      <ShellMenuButton>
        <NavIcon name="menu" className="size-5 shrink-0 group-aria-expanded:hidden" />
        <NavIcon name="x" className="hidden size-5 shrink-0 group-aria-expanded:block" />
        <span>{t("menu")}</span>
        {caption && (
          <span className="truncate border-l border-gray-300 pl-2 text-sm font-normal">
            {caption}
          </span>
        )}
      </ShellMenuButton>
    </div>
  );
}
