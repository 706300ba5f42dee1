// Display helpers shared by the appointment pages (server and client).
export function localName(o: { nameEn: string; nameFr: string }, locale: string): string {
  return locale === "fr" ? o.nameFr : o.nameEn;
}

export function personName(p: { title: string; firstName: string; lastName: string }): string {
  return [p.title, p.firstName, p.lastName].filter(Boolean).join(" ");
}

/** A site's address on one line, or null for a virtual site. */
export function siteAddress(s: {
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
}): string | null {
  const parts = [s.addressLine, s.city, s.postalCode].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}
