// Limits of an attachment, shared by the upload form (client) and the upload
// action (server). The database holds the same bound (the "Attachment_size" CHECK).

/** The largest attachment accepted: 10 MiB. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The only type of attachment the clinic sends (documents and bills). */
export const PDF_CONTENT_TYPE = "application/pdf";

/** The most files one communication carries. */
export const ATTACHMENT_MAX_FILES = 5;
