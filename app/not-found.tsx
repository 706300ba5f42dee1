// Outside /en and /fr there is no language yet: a bilingual page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p lang="fr" className="mt-2">Page introuvable</p>
          <p className="mt-4">
            <a className="underline" href="/en">Home</a> · <a lang="fr" className="underline" href="/fr">Accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
