import { brandCss, normalizeHexColor, passesWithWhite } from "@/lib/clinic/brand-color";

const YEAR = 365 * 24 * 60 * 60;

/** The brand's custom properties for the colour in the address (the root layout links it). */
export function GET(request: Request) {
  const hex = normalizeHexColor(new URL(request.url).searchParams.get("color") ?? "");
  if (!hex || !passesWithWhite(hex)) return new Response("Not found", { status: 404 });
  return new Response(brandCss(hex), {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      // The same address always answers the same text.
      "Cache-Control": `public, max-age=${YEAR}, immutable`,
    },
  });
}
