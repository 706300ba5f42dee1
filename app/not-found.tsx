import Link from "next/link";

// Outside /en and /fr there is no language yet: a bilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p lang="fr" className="mt-2">
            Page introuvable
          </p>
          <p className="mt-4">
            <Link className="underline" href="/en">
              Home
            </Link>{" "}
            ·{" "}
            <Link lang="fr" className="underline" href="/fr">
              Accueil
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
