// Hostile names: a patient's or a staff member's upload names the file, and
// that name lands in a response header.
import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse, safeFileName } from "./download";

/** The filename* value decoded, as a browser reads it. */
function decodedStar(header: string): string {
  const value = /filename\*=UTF-8''([^;\s]+)$/.exec(header)?.[1];
  if (value === undefined) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(value);
}

function asciiPart(header: string): string {
  const value = /; filename="([^"]*)";/.exec(header)?.[1];
  if (value === undefined) throw new Error(`no filename in ${header}`);
  return value;
}

describe("contentDisposition", () => {
  it("keeps a plain name and says inline or attachment", () => {
    expect(contentDisposition("inline", "bill-2026-12.pdf")).toBe(
      `inline; filename="bill-2026-12.pdf"; filename*=UTF-8''bill-2026-12.pdf`,
    );
    expect(contentDisposition("attachment", "a.pdf")).toMatch(/^attachment; /);
  });

  it("cannot be broken out of by quotes, backslashes or a CRLF (no header injection)", () => {
    const header = contentDisposition(
      "attachment",
      "x.pdf\"; filename*=UTF-8''evil.html\r\nSet-Cookie: a=b\\\"",
    );
    expect(header).not.toMatch(/[\r\n]/);
    expect(asciiPart(header)).toBe("x.pdf_ filename*=UTF-8''evil.htmlSet-Cookie: a=b");
    expect(asciiPart(header)).not.toMatch(/["\\]/);
    // Split on ";" as a naive parser would: still the three parts we wrote.
    expect(header.split(";")).toHaveLength(3);
    expect(decodedStar(header)).toBe(`x.pdf"; filename*=UTF-8''evil.htmlSet-Cookie: a=b"`);
    expect(() => new Headers({ "Content-Disposition": header })).not.toThrow();
  });

  it("is never a path: separators and leading dots go, in both forms", () => {
    for (const name of ["../../etc/passwd", "..\\..\\boot.ini", "/abs/path.pdf", ".hidden.pdf"]) {
      const header = contentDisposition("attachment", name);
      for (const value of [asciiPart(header), decodedStar(header)]) {
        expect(value).not.toMatch(/[/\\]/);
        expect(value).not.toMatch(/^\./);
      }
    }
    expect(decodedStar(contentDisposition("attachment", "../../etc/passwd"))).toBe("etcpasswd");
    // A fullwidth solidus becomes "/" under NFKD: the ASCII form must not let it through.
    expect(asciiPart(contentDisposition("attachment", "a／b＼c.pdf"))).toBe("abc.pdf");
  });

  it("keeps accents in filename* and drops them in the ASCII fallback", () => {
    const header = contentDisposition("inline", "Reçu d’impôt — été.pdf");
    expect(decodedStar(header)).toBe("Reçu d’impôt — été.pdf");
    expect(asciiPart(header)).toBe("Recu d_impot _ ete.pdf");
    expect(header).toContain("filename*=UTF-8''Re%C3%A7u%20d%E2%80%99imp%C3%B4t");
  });

  it("encodes an emoji as UTF-8 and replaces it in the fallback", () => {
    const header = contentDisposition("attachment", "résultats 🩺.pdf");
    expect(decodedStar(header)).toBe("résultats 🩺.pdf");
    expect(header).toContain("%F0%9F%A9%BA");
    expect(asciiPart(header)).toBe("resultats _.pdf");
  });

  it("percent-encodes the characters RFC 5987 leaves out, and keeps % out of the fallback", () => {
    const header = contentDisposition("attachment", "it's (100%)*.pdf");
    expect(header).toContain("filename*=UTF-8''it%27s%20%28100%25%29%2A.pdf");
    expect(asciiPart(header)).toBe("it's (100_)*.pdf");
    expect(decodedStar(header)).toBe("it's (100%)*.pdf");
  });

  it("strips bidirectional overrides that would disguise the extension", () => {
    expect(safeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
  });

  it("names a file that has nothing left 'download'", () => {
    expect(safeFileName("\r\n../")).toBe("download");
    expect(contentDisposition("attachment", '"""')).toBe(
      `attachment; filename="download"; filename*=UTF-8''%22%22%22`,
    );
    expect(safeFileName("\ud800")).toBe("download");
  });

  it("shortens a very long name but keeps its extension", () => {
    const name = safeFileName(`${"é".repeat(400)}.pdf`);
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith("é.pdf")).toBe(true);
  });
});

describe("downloadResponse", () => {
  it("streams the body with the type, length, no caching, nosniff and a sandbox CSP", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7 fake");
    const response = downloadResponse({
      body: new Blob([bytes]).stream(),
      fileName: "Facture n°12.pdf",
      size: bytes.length,
      contentType: "application/pdf",
      disposition: "inline",
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.length),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox",
    });
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="Facture n_12.pdf"; filename*=UTF-8''Facture%20n%C2%B012.pdf`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
