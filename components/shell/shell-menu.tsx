"use client";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { usePathname } from "@/lib/i18n/navigation";

type MenuState = {
  open: boolean;
  panelId: string;
  toggle: () => void;
  close: (returnFocus: boolean) => void;
  buttonRef: React.RefObject<HTMLButtonElement | null>;
};

const MenuContext = createContext<MenuState | null>(null);

function useMenu() {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error("ShellMenuButton and ShellMenuPanel need a ShellMenu around them");
  return menu;
}

/**
 * The phone menu's state, shared by its button (in the header) and its panel
 * (the sidebar, rendered once: a sidebar on wide screens, the disclosed menu on phones).
 */
export function ShellMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  // A navigation closes the menu (state adjusted during render, not in an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, close]);

  return (
    <MenuContext.Provider value={{ open, panelId, toggle, close, buttonRef }}>
      {children}
    </MenuContext.Provider>
  );
}

/**
 * The disclosure button, shown on phones only. `children`, drawn by the server, may
 * show the state with the `group-aria-expanded:` variant (a menu icon, then a close icon).
 */
export function ShellMenuButton({ children }: { children: ReactNode }) {
  const { open, panelId, toggle, buttonRef } = useMenu();
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={toggle}
      className="group inline-flex min-h-11 max-w-full min-w-11 items-center gap-2 rounded-md border border-gray-300 bg-white px-3 font-medium text-ink hover:bg-gray-100 md:hidden"
    >
      {children}
    </button>
  );
}

/** Always shown from `md` up; on phones only while the menu is open, focus moving into it. */
export function ShellMenuPanel({
  className,
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  const { open, panelId, close } = useMenu();
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>("a[href], button")?.focus();
  }, [open]);
  return (
    <div
      ref={panelRef}
      id={panelId}
      // A chosen link closes the menu even when it leads to the page already shown.
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("a")) close(false);
      }}
      className={`${open ? "block border-b border-gray-200 pb-6" : "hidden"} md:block md:border-0 md:pb-0 ${className ?? ""}`}
    >
      {children}
    </div>
  );
}
