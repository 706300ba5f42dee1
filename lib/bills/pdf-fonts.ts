import "server-only";
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

// Inter's Latin subset, then its Latin Extended and Vietnamese subsets for
// names such as "Łukasz" or "Nguyễn": react-pdf takes, glyph by glyph, the
// first font of the stack that has it. The built-in Helvetica prints only WinAnsi.
const SUBSETS = [
  ["Inter", "latin"],
  ["InterLatinExt", "latin-ext"],
  ["InterVietnamese", "vietnamese"],
] as const;

export const PDF_FONT_FAMILY = SUBSETS.map(([family]) => family);

const WEIGHTS = [400, 700] as const;

let registered = false;

/** Registers the embedded fonts once per process, from node_modules: no network. */
export function registerPdfFonts() {
  if (registered) return;
  // Resolved at call time by Node, not by the bundler: react-pdf is loaded
  // from node_modules in a Next build too (it is on Next's server-external
  // list), and so are these files, from the deployment's node_modules.
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: number) =>
    require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
  for (const [family, subset] of SUBSETS) {
    Font.register({
      family,
      fonts: WEIGHTS.map((fontWeight) => ({ src: file(subset, fontWeight), fontWeight })),
    });
  }
  // React-pdf hyphenates every language with English patterns: French words
  // would break in the wrong places. Lines break between words only.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
