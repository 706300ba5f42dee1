import type { Metadata } from "next";
import localFont from "next/font/local";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { loadTitleMetadata } from "@/lib/clinic/metadata";
import { routing } from "@/lib/i18n/routing";

// Every page reads the database or the session: nothing is prerendered at build
// (a build worker must never open the embedded database).
export const dynamic = "force-dynamic";

// Email texts are rendered on the server only: everything else may be used by client components.
const SERVER_ONLY_NAMESPACES = new Set(["emails"]);

const inter = localFont({
  src: "../fonts/inter-latin.woff2",
  variable: "--font-inter",
  display: "swap",
});

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return { title: await loadTitleMetadata(hasLocale(routing.locales, locale) ? locale : "en") };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(
    Object.entries(messages).filter(([ns]) => !SERVER_ONLY_NAMESPACES.has(ns)),
  );
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
