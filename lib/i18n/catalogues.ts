// Every language's messages, for texts written outside a request (emails,
// PDFs): their language is the reader's, chosen by the caller, never the
// request's, so they cannot go through next-intl's request config.
import type { AppLocale } from "./routing";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

export const catalogues: Record<AppLocale, typeof en> = { en, fr };
