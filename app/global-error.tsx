"use client";

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
            <a href="/en">Home</a> · <a lang="fr" href="/fr">Accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
