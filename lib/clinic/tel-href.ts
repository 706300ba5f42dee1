/** A `tel:` link to a phone number as the clinic wrote it ("514 555-0100 ext. 2" dials the digits). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, "")}`;
}
