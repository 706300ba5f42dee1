// Display names of catalog rows, shared by server pages and client forms
// (no server-only: pure functions).

/** The row's name in the reader's language. */
export function localName(row: { nameEn: string; nameFr: string }, locale: string): string {
  return locale === "fr" ? row.nameFr : row.nameEn;
}

/** "Dr. Marie Lefebvre"; a practitioner without a title is just their name. */
export function practitionerName(p: {
  title: string;
  firstName: string;
  lastName: string;
}): string {
  return [p.title, p.firstName, p.lastName].filter((part) => part.trim()).join(" ");
}
