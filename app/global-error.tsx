"use client";
import Link from "next/link";

// Last resort when the root layout itself failed: no translations are loaded,
// so the page is bilingual. Nothing about the error is shown (AL-8).
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1>Something went wrong</h1>
          <p lang="fr">Une erreur est survenue.</p>
          <p>
            <Link href="/en">Home</Link> ·{" "}
            <Link lang="fr" href="/fr">
              Accueil
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
