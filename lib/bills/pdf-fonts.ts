import "server-only";
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

// Inter's Latin subset, then its Latin Extended and Vietnamese subsets for
// names such as "Łukasz" or "Nguyễn": react-pdf takes, glyph by glyph, the
// first font of the stack that has it. The built-in Helvetica prints only WinAnsi.
// Each path is a literal: Turbopack fails the build on a template literal
// here (it cannot match one against the package's wildcard exports).
function fontFiles(require: NodeJS.Require) {
  return {
    Inter: {
      400: require.resolve("@fontsource/inter/files/inter-latin-400-normal.woff"),
      700: require.resolve("@fontsource/inter/files/inter-latin-700-normal.woff"),
    },
    InterLatinExt: {
      400: require.resolve("@fontsource/inter/files/inter-latin-ext-400-normal.woff"),
      700: require.resolve("@fontsource/inter/files/inter-latin-ext-700-normal.woff"),
    },
    InterVietnamese: {
      400: require.resolve("@fontsource/inter/files/inter-vietnamese-400-normal.woff"),
      700: require.resolve("@fontsource/inter/files/inter-vietnamese-700-normal.woff"),
    },
  };
}

export const PDF_FONT_FAMILY = ["Inter", "InterLatinExt", "InterVietnamese"];

let registered = false;

/** Registers the embedded fonts once per process, from node_modules: no network. */
export function registerPdfFonts() {
  if (registered) return;
  // Node resolves the files at call time from the deployment's node_modules:
  // in a Next build, import.meta.url is this source file's URL under the app's
  // root, computed at run time (checked with `next build` and `next start`).
  // They are not in Next's output file trace: an `output: "standalone"` build
  // would have to copy them.
  const files = fontFiles(createRequire(import.meta.url));
  for (const [family, weights] of Object.entries(files)) {
    Font.register({
      family,
      fonts: Object.entries(weights).map(([weight, src]) => ({ src, fontWeight: Number(weight) })),
    });
  }
  // React-pdf hyphenates every language with English patterns: French words
  // would break in the wrong places. Lines break between words only.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
