import type { ReactNode } from "react";
import { telHref } from "@/lib/clinic/tel-href";
import { BackButton } from "./back-button";
import type { ClinicContact } from "./clinic-contact";

export const ERROR_ACTION =
  "inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-4 font-medium text-ink hover:bg-gray-100";

/** What the page says, in the visitor's language: the caller translates (server or client). */
export type WhatNextText = {
  title: string;
  body: string;
  reference?: string;
  whatNext: string;
  back: string;
  home: string;
  /** "Or call {name}:" for the clinic's number; `callGeneric` where the page has no number. */
  call: (name: string) => string;
  callGeneric: string;
};

/**
 * The error and not-found pages' body: what happened, then what to do next —
 * try again (`retry`, error pages only), go back, go home, or call the clinic.
 * No hooks and no icons, so that the error pages' script stays small: it is
 * part of every page's first load. `homeHref` is a full path: after an error a
 * page load is the safer way home.
 */
export function WhatNext({
  text,
  homeHref,
  contact,
  retry,
}: {
  text: WhatNextText;
  homeHref: string;
  contact: ClinicContact | null;
  retry?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-t-4 border-gray-200 border-t-brand-700 bg-white p-6 shadow-sm">
      {contact && <p className="text-sm font-semibold text-brand-800">{contact.name}</p>}
      <h1 className="text-2xl font-semibold text-ink">{text.title}</h1>
      <p className="mt-2">{text.body}</p>
      {text.reference && <p className="mt-2 text-sm text-muted">{text.reference}</p>}
      <h2 className="mt-6 font-semibold">{text.whatNext}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {retry && <li>{retry}</li>}
        <li>
          <BackButton label={text.back} className={ERROR_ACTION} />
        </li>
        <li>
          <a href={homeHref} className={ERROR_ACTION}>
            {text.home}
          </a>
        </li>
      </ul>
      <p className="mt-4">
        {contact ? (
          <>
            {text.call(contact.name)}{" "}
            <a
              className="font-medium whitespace-nowrap text-brand-800 underline"
              href={telHref(contact.phone)}
            >
              {contact.phone}
            </a>
          </>
        ) : (
          text.callGeneric
        )}
      </p>
    </div>
  );
}
