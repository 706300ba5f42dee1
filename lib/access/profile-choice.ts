// The selected profile: which of the profiles an account manages the portal's
// tabs act on. The browser keeps the choice in a cookie, and a URL naming a
// profile (?profile=, as emailed links do) chooses it too (proxy.ts). Either
// is only a request: it is checked on every request against what the account
// may still see, and a profile that lapsed or was revoked falls back to the
// account's own. Pure, so that proxy.ts can share it.
export const SELECTED_PROFILE_COOKIE = "portal-profile";

/** The request header through which proxy.ts hands the choice to the server. */
export const SELECTED_PROFILE_HEADER = "x-selected-profile";

const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A profile id as a browser may send one, or null for anything else. */
export function requestedProfile(value: string | null | undefined): string | null {
  return value && PROFILE_ID.test(value) ? value : null;
}

/**
 * The profile the tabs act on: the requested one while the account may still
 * use it, else its own, else (an account without one) its first usable profile.
 */
export function chooseProfile<P extends { profileId: string; state: string }>(
  profiles: readonly P[],
  requested: string | null,
): P | null {
  const usable = profiles.filter((p) => p.state === "own" || p.state === "granted");
  return (
    usable.find((p) => p.profileId === requested) ??
    usable.find((p) => p.state === "own") ??
    usable[0] ??
    null
  );
}
