import type { Metadata } from "next";
import localFont from "next/font/local";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ClinicContactProvider } from "@/components/errors/clinic-contact";
import { ClientMessages, shellMessages } from "@/components/i18n/client-messages";
import { BrandStyle } from "@/components/shell/brand-style";
import { loadClinic } from "@/lib/clinic/loaders";
import { loadTitleMetadata } from "@/lib/clinic/metadata";
import { routing } from "@/lib/i18n/routing";

// Every page reads the database or the session: nothing is prerendered at build
// (a build worker must never open the embedded database).
export const dynamic = "force-dynamic";

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
  const clinic = await loadClinic();
  return (
    <html lang={locale} className={inter.variable}>
      <head>
        <BrandStyle color={clinic?.brandColor ?? null} />
      </head>
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <ClientMessages namespaces={shellMessages}>
          {/* The clinic's phone for the not-found and error pages, which must not read the database. */}
          <ClinicContactProvider contact={clinic && { name: clinic.name, phone: clinic.phone }}>
            {children}
          </ClinicContactProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
