"use client";
import ArrowLeftIcon from "lucide-react/icons/arrow-left";
import HouseIcon from "lucide-react/icons/house";
import PhoneIcon from "lucide-react/icons/phone";
import RotateCcwIcon from "lucide-react/icons/rotate-ccw";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { telHref } from "@/lib/clinic/tel-href";
import type { ClinicContact } from "./clinic-contact";

const ACTION =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-gray-300 bg-white px-4 font-medium text-ink hover:bg-gray-100";

/**
 * The error and not-found pages' body: what happened, then what to do next —
 * try again, go back, go home, or call the clinic (its number when the page has it).
 */
export function WhatNext({
  title,
  body,
  reference,
  homeHref,
  contact,
  retry,
}: {
  title: string;
  body: string;
  reference?: string;
  homeHref: string;
  contact: ClinicContact | null;
  retry?: () => void;
}) {
  const t = useTranslations("errors");
  const icon = (Icon: typeof HouseIcon): ReactNode => (
    <Icon aria-hidden="true" className="size-5 shrink-0" />
  );
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold text-ink">{title}</h1>
      <p className="mt-2">{body}</p>
      {reference && <p className="mt-2 text-sm text-muted">{reference}</p>}
      <h2 className="mt-6 font-semibold">{t("whatNext")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {retry && (
          <li>
            <button
              type="button"
              onClick={retry}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
            >
              {icon(RotateCcwIcon)}
              {t("retry")}
            </button>
          </li>
        )}
        <li>
          <button type="button" onClick={() => history.back()} className={ACTION}>
            {icon(ArrowLeftIcon)}
            {t("back")}
          </button>
        </li>
        <li>
          <Link href={homeHref} className={ACTION}>
            {icon(HouseIcon)}
            {t("home")}
          </Link>
        </li>
      </ul>
      <p className="mt-4 flex items-center gap-2">
        {icon(PhoneIcon)}
        {contact ? (
          <span>
            {t("callClinic", { name: contact.name })}{" "}
            <a className="font-medium text-brand-800 underline" href={telHref(contact.phone)}>
              {contact.phone}
            </a>
          </span>
        ) : (
          <span>{t("callClinicGeneric")}</span>
        )}
      </p>
    </div>
  );
}
