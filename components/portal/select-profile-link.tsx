import type { ReactNode } from "react";

/** The address of `path` acting on `profileId`; proxy.ts makes it the selected profile. */
export function profileHref(locale: string, profileId: string, path = "/dashboard"): string {
  const [route, fragment] = path.split("#");
  const query = `${route!.includes("?") ? "&" : "?"}profile=${encodeURIComponent(profileId)}`;
  return `/${locale}${route}${query}${fragment ? `#${fragment}` : ""}`;
}

/**
 * A link that selects a profile for the whole portal. It is a page load, not a
 * client navigation: the sidebar lives in the portal's layout, which a client
 * navigation does not draw again, and a prefetch must not change the choice.
 */
export function SelectProfileLink({
  locale,
  profileId,
  path,
  className,
  children,
}: {
  locale: string;
  profileId: string;
  path?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={profileHref(locale, profileId, path)} className={className}>
      {children}
    </a>
  );
}
