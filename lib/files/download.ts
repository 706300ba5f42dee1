// The response that hands a stored file to the browser. The bytes are the
// clinic's but the name came from whoever uploaded it: it is cleaned before it
// reaches a header, and the response is locked down so that a file that only
// looks like a PDF cannot run script in the portal's origin.

export type Disposition = "inline" | "attachment";

export type DownloadFile = {
  body: ReadableStream<Uint8Array>;
  fileName: string;
  size: number;
  contentType: string;
  disposition: Disposition;
};

const FALLBACK_NAME = "download";

// Control characters (CR/LF would split the header), path separators (a name
// is never a path), and bidirectional overrides ("invoice\u202Efdp.exe" shows
// as "invoiceexe.pdf").
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Every byte of the name travels percent-encoded (an emoji is 12 characters):
// a long name must not make the header too big for a proxy in between.
const MAX_NAME_CHARS = 150;

/** The name the user sees, in full Unicode, with nothing that could act as a header, a path or a hidden file. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(LONE_SURROGATE, "")
    .normalize("NFC")
    .replace(UNSAFE_CHARS, "")
    .replace(/^[.\s]+/, "")
    .trim();
  return shorten(cleaned) || FALLBACK_NAME;
}

/** Cuts the end of the stem, by code points, keeping a short extension. */
function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_CHARS) return name;
  const ext = /\.[^.]{1,10}$/.exec(name)?.[0] ?? "";
  return (
    chars
      .slice(0, MAX_NAME_CHARS - ext.length)
      .join("")
      .trimEnd() + ext
  );
}

/**
 * For browsers that ignore filename*: accents dropped ("é" → "e"), quotes and
 * separators removed (NFKD turns a fullwidth "／" into "/"), anything else
 * outside printable ASCII, "%" (some browsers decode it) and ";" (a naive
 * parser splits on it, even inside quotes), replaced.
 */
function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/["\\/]/g, "")
    .replace(/[^\x20-\x7e]|[%;]/gu, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  return ascii || FALLBACK_NAME;
}

/** RFC 5987's attr-char leaves out ' ( ) * that encodeURIComponent keeps. */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** RFC 6266: an ASCII `filename` for old clients, then the UTF-8 `filename*` that the others prefer. */
export function contentDisposition(disposition: Disposition, fileName: string): string {
  const name = safeFileName(fileName);
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${percentEncode(name)}`;
}

export function downloadHeaders(file: Omit<DownloadFile, "body">): Headers {
  return new Headers({
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(file.disposition, file.fileName),
    // A patient's document must not stay in a shared computer's cache or a proxy's.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // Opened inline, the file is a document of the portal's origin: with no
    // script and a unique origin, a crafted PDF (or HTML behind "%PDF-") can
    // read no cookie and call no endpoint.
    "Content-Security-Policy": "sandbox",
  });
}

export function downloadResponse(file: DownloadFile): Response {
  return new Response(file.body, { status: 200, headers: downloadHeaders(file) });
}

/** What a file route answers for anything the account may not see, or that does not exist. */
export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "private, no-store" },
  });
}
