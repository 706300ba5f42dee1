"use client";
// The clinic's colour and logo. It posts to a route handler, not a server
// action (a logo may be 2 MiB, over an action's 1 MiB), and reads the same
// ActionResult back. The colour's contrast with white is shown as it is typed;
// the server checks it again, and the logo by its content.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { CheckboxField } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { postForm } from "@/components/forms/post-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useErrorText } from "@/components/forms/use-error-text";
import { BRAND_UPLOAD_PATH } from "@/lib/actions/body-limit";
import { fail, type ActionResult } from "@/lib/actions/result";
import {
  contrastRatio,
  DEFAULT_BRAND_COLOR,
  formatRatio,
  normalizeHexColor,
  passesWithWhite,
} from "@/lib/clinic/brand-color";
import { LOGO_MAX_BYTES, LOGO_TYPES } from "@/lib/clinic/logo-limits";
import { useRouter } from "@/lib/i18n/navigation";

type Result = ActionResult<{ logoKey: string | null }>;

const ratioWithWhite = (hex: string) => Number(formatRatio(contrastRatio(hex, "#ffffff")));

export function BrandForm({
  brandColor,
  logoUrl,
}: {
  brandColor: string | null;
  logoUrl: string | null;
}) {
  const t = useTranslations("adminSettings");
  const errorText = useErrorText("adminSettings");
  const router = useRouter();
  // A new key empties the file input after a save.
  const [logoField, setLogoField] = useState(0);
  const [state, setState] = useState<Result | null>(null);
  const [pending, setPending] = useState(false);
  const [color, setColor] = useState(brandColor ?? "");
  // The colour that was refused, for the ratio in the message (the field may have changed since).
  const [sent, setSent] = useState("");
  const hex = normalizeHexColor(color);
  const code = (name: string) => (state && !state.ok ? state.fields?.[name] : undefined);
  const sentHex = normalizeHexColor(sent);
  const colorError =
    code("brandColor") === "lowContrast" && sentHex
      ? t("brandLowContrast", { ratio: ratioWithWhite(sentHex) })
      : errorText(code("brandColor"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const logo = form.get("logo");
    if (logo instanceof File && logo.size > LOGO_MAX_BYTES)
      return setState(fail("invalid", { logo: "logoTooLarge" }));
    setSent(color);
    setPending(true);
    const result = await postForm<{ logoKey: string | null }>(BRAND_UPLOAD_PATH, form);
    setState(result);
    setPending(false);
    if (result.ok) {
      setLogoField((n) => n + 1);
      // The header, the page's colour and the current logo are the server's to draw again.
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" encType="multipart/form-data">
      {state?.ok && <FormAlert tone="success">{t("brandSaved")}</FormAlert>}
      {state && !state.ok && <FormAlert tone="error">{errorText(state.code)}</FormAlert>}
      <p className="text-sm text-muted">{t("brandHint")}</p>
      <div className="sm:max-w-md">
        <Field
          name="brandColor"
          label={t("brandColor")}
          hint={t("brandColorHint")}
          value={color}
          onChange={(e) => setColor(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={7}
          error={colorError}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id="brandColorPicker"
          type="color"
          value={hex ?? DEFAULT_BRAND_COLOR}
          onChange={(e) => setColor(e.target.value)}
          className="h-11 w-16 cursor-pointer rounded-md border border-gray-400 bg-white p-1"
        />
        <label htmlFor="brandColorPicker" className="font-medium">
          {t("brandColorPicker")}
        </label>
        {hex && (
          <p className="w-full text-sm text-muted sm:w-auto">
            {t("brandContrast", {
              ratio: ratioWithWhite(hex),
              readable: passesWithWhite(hex) ? "yes" : "no",
            })}
          </p>
        )}
      </div>
      <div className="space-y-2">
        <p className="font-medium">{t("currentLogo")}</p>
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- already resized at upload, served with a year's cache from its own route
          <img
            src={logoUrl}
            alt={t("currentLogo")}
            className="h-16 w-auto max-w-full rounded-md border border-gray-200 bg-white object-contain p-1"
          />
        ) : (
          <p className="text-sm text-muted">{t("noLogo")}</p>
        )}
      </div>
      <Field
        key={logoField}
        name="logo"
        type="file"
        label={t("logo")}
        hint={t("logoHint")}
        accept={LOGO_TYPES.join(",")}
        error={errorText(code("logo"))}
        className="mt-1 block min-h-11 w-full py-2"
      />
      {logoUrl && <CheckboxField name="removeLogo" label={t("removeLogo")} />}
      <SubmitButton pending={pending} pendingLabel={t("savingBrand")}>
        {t("saveBrand")}
      </SubmitButton>
    </form>
  );
}
