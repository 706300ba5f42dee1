import "server-only";
// The demo clinic's messages, documents and bills, so every tab of the demo
// patients shows something: Sophie's own Inbox (a welcome message she read, a
// consent form to sign and return, an invoice), her son Léo's thread with a
// reply and the clinic's answer, and Jean's document and paid invoice.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { createAttachment, createBill, createCommunication } from "./factories";

const TAXES = [
  { nameEn: "GST", nameFr: "TPS", ratePpm: 50_000 },
  { nameEn: "QST", nameFr: "TVQ", ratePpm: 99_750 },
];

type Patient = { accountId: string; profileId: string };

export async function seedCommunications(demo: {
  clinicId: string;
  today: string;
  sophie: Patient;
  leoId: string;
  jean: Patient;
}) {
  const { clinicId } = demo;
  const daysAgo = (days: number, hour = 14) =>
    new Date(
      new Date(`${demo.today}T${String(hour).padStart(2, "0")}:00:00Z`).getTime() -
        days * 86_400_000,
    );
  const consentForm = new Uint8Array(
    readFileSync(path.join(process.cwd(), "lib/demo/consent-form.pdf")),
  );

  await db().clinic.update({
    where: { id: clinicId },
    data: {
      patientMessagesEnabled: true,
      replyDisclaimerEn:
        "If this is an emergency, call 911.\nMessages are not for medical questions: if you have a medical concern, book an appointment. We answer within two business days.",
      replyDisclaimerFr:
        "En cas d’urgence, composez le 911.\nLes messages ne servent pas aux questions médicales\u00a0: si vous avez une inquiétude, prenez rendez-vous. Nous répondons en deux jours ouvrables.",
      taxes: { create: TAXES.map((t, position) => ({ ...t, position })) },
    },
  });

  // Sophie (French), her own profile.
  const welcome = await createCommunication({
    clinicId,
    profileId: demo.sophie.profileId,
    subject: "Bienvenue sur le portail de la clinique",
    body: "Bonjour Sophie,\nVous pouvez maintenant prendre vos rendez-vous et lire nos messages ici.\nL’équipe de la clinique",
    at: daysAgo(20),
  });
  await db().communicationRead.create({
    data: { communicationId: welcome.id, accountId: demo.sophie.accountId, readAt: daysAgo(19) },
  });
  const consent = await createCommunication({
    clinicId,
    profileId: demo.sophie.profileId,
    kind: "document",
    replyRule: "once",
    subject: "Formulaire de consentement à signer",
    body: "Bonjour Sophie,\nVoici le formulaire de consentement. Veuillez l’imprimer, le signer et l’apporter à votre prochain rendez-vous.",
    at: daysAgo(3),
  });
  await createAttachment({
    communicationId: consent.id,
    bytes: consentForm,
    fileName: "formulaire-consentement.pdf",
  });
  await createBill({
    clinicId,
    profileId: demo.sophie.profileId,
    number: "F-2026-0142",
    subject: "Facture F-2026-0142 — formulaire d’assurance",
    issuedOn: daysAgo(2).toISOString().slice(0, 10),
    dueOn: daysAgo(-28).toISOString().slice(0, 10),
    lines: [{ description: "Formulaire d’assurance invalidité", amountCents: 2500 }],
    taxes: TAXES,
    at: daysAgo(2),
  });

  // Léo (the child Sophie manages with the messages permission): a thread with a reply.
  await createCommunication({
    clinicId,
    profileId: demo.leoId,
    replyRule: "unlimited",
    subject: "Vaccins de Léo",
    body: "Bonjour,\nLe carnet de vaccination de Léo indique un rappel à faire cet automne. Souhaitez-vous un rendez-vous\u00a0?",
    at: daysAgo(10),
    replies: [
      {
        author: "patient",
        body: "Oui, merci. Un mercredi après l’école serait idéal.",
        accountId: demo.sophie.accountId,
      },
      {
        author: "clinic",
        body: "C’est noté. Vous pouvez choisir une plage dans l’onglet Rendez-vous.",
      },
    ],
  });

  // Jean (English).
  const form = await createCommunication({
    clinicId,
    profileId: demo.jean.profileId,
    kind: "document",
    subject: "Consent form to sign",
    body: "Hello Jean,\nHere is the consent form. Please print it, sign it and bring it to your next appointment.",
    at: daysAgo(6),
  });
  await createAttachment({
    communicationId: form.id,
    bytes: consentForm,
    fileName: "consent-form.pdf",
  });
  await createBill({
    clinicId,
    profileId: demo.jean.profileId,
    number: "F-2026-0117",
    subject: "Invoice F-2026-0117 — medical note",
    status: "paid",
    issuedOn: daysAgo(15).toISOString().slice(0, 10),
    dueOn: daysAgo(-15).toISOString().slice(0, 10),
    lines: [{ description: "Medical note for work", amountCents: 3000 }],
    taxes: TAXES,
    at: daysAgo(15),
  });
}
