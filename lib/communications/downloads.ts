import "server-only";
// The files of a thread: its PDF attachments and its bill. One access check
// for both: a patient needs the permission of the thread's kind for its
// profile (authorizeThread), staff a profile of their clinic. Anything else is
// null, which the route answers with a 404. Every view and download is audited.
import { authorizeClinicProfile } from "@/lib/access/profile-access";
import { recordAudit } from "@/lib/audit/mutations";
import { getSessionAccount, type SessionAccount } from "@/lib/auth/gate";
import { hasStaffRole } from "@/lib/auth/roles";
import { findBillForPdf } from "@/lib/bills/data";
import { renderBillPdf } from "@/lib/bills/pdf";
import { readLogo } from "@/lib/clinic/logo-file";
import { loadClinic } from "@/lib/clinic/loaders";
import { verifiedStream } from "@/lib/files/checksum";
import { downloadResponse, type Disposition } from "@/lib/files/download";
import { fileStorage } from "@/lib/files/storage";
import { findAttachmentScope } from "./data";
import { authorizeThread } from "./loaders";

const PDF = "application/pdf";

async function authorizeFile(
  account: SessionAccount,
  thread: { id: string; profileId: string; withdrawnAt: Date | null },
) {
  const clinic = await loadClinic();
  if (!clinic) return null;
  if (hasStaffRole(account.role)) return authorizeClinicProfile(clinic.id, thread.profileId);
  if (thread.withdrawnAt) return null;
  return (await authorizeThread(account, clinic, thread.id))?.id ?? null;
}

function audit(
  account: SessionAccount,
  profileId: string,
  resourceType: "attachment" | "bill",
  resourceId: string,
  disposition: Disposition,
) {
  return recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    subjectProfileId: profileId,
    resourceType,
    resourceId,
    action: disposition === "inline" ? "view" : "download",
  });
}

/** A stored PDF, streamed and checked against its checksum, or null (404). */
export async function attachmentResponse(
  attachmentId: string,
  disposition: Disposition,
): Promise<Response | null> {
  const account = await getSessionAccount();
  if (!account || attachmentId.length > 64) return null;
  const attachment = await findAttachmentScope(attachmentId);
  if (!attachment) return null;
  const profileId = await authorizeFile(account, attachment.communication);
  if (!profileId) return null;
  const stored = await fileStorage().get(attachment.storageKey);
  if (!stored) return null;
  await audit(account, profileId, "attachment", attachment.id, disposition);
  return downloadResponse({
    body: verifiedStream(stored, attachment.sha256),
    fileName: attachment.fileName,
    size: attachment.size,
    contentType: attachment.contentType,
    disposition,
  });
}

/** A bill's PDF, rendered now in the patient's language, or null (404). */
export async function billResponse(
  billId: string,
  disposition: Disposition,
): Promise<Response | null> {
  const account = await getSessionAccount();
  if (!account || billId.length > 64) return null;
  const bill = await findBillForPdf(billId);
  const clinic = await loadClinic();
  if (!bill || !clinic) return null;
  const profileId = await authorizeFile(account, bill.communication);
  if (!profileId) return null;
  const { profile } = bill.communication;
  const bytes = await renderBillPdf(
    {
      clinic,
      logo: await readLogo(clinic.logoKey),
      patientName: `${profile.firstName} ${profile.lastName}`,
      number: bill.number,
      issuedOn: bill.issuedOn.toISOString().slice(0, 10),
      dueOn: bill.dueOn.toISOString().slice(0, 10),
      status: bill.status,
      lines: bill.lines,
      taxes: bill.taxes,
      subtotalCents: bill.subtotalCents,
      totalCents: bill.totalCents,
    },
    profile.language,
  );
  await audit(account, profileId, "bill", bill.id, disposition);
  return downloadResponse({
    body: new Blob([bytes as BlobPart]).stream(),
    fileName: `${profile.language === "fr" ? "facture" : "invoice"}-${bill.number}.pdf`,
    size: bytes.byteLength,
    contentType: PDF,
    disposition,
  });
}
