import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** A namespace, or one group of it ("appointments.errors") where a component needs no more. */
export type MessageNamespace = keyof Messages | `${keyof Messages}.${string}`;

/** What every page's client code may translate with: the route error page (app/[locale]/error.tsx). */
export const shellMessages = ["errors"] as const;

/**
 * Gives the client components below only these namespaces of the catalogue
 * (the whole catalogue used to be serialized into every page). A provider
 * replaces its parent's messages rather than adding to them, so `namespaces`
 * must cover every client component inside: pass the `…Messages` list exported
 * beside each one. Locale, time zone and now come from the request config.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly MessageNamespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked: Record<string, unknown> = {};
  for (const ns of namespaces) {
    const [top = "", group] = ns.split(".");
    const whole = (messages as Record<string, Record<string, unknown>>)[top];
    if (!group) picked[top] = whole;
    else picked[top] = { ...(picked[top] as object), [group]: whole?.[group] };
  }
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
