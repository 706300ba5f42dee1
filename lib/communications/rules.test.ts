import { describe, expect, it } from "vitest";
import {
  BOX_OF_KIND,
  kindsOfBox,
  replyDecision,
  TAB_OF_BOX,
  TAB_OF_KIND,
  visibleBoxes,
  visibleKinds,
  visibleLength,
} from "./rules";

const allOn = { messagesEnabled: true, documentsEnabled: true, billsEnabled: true };
const every = ["appointments", "messages", "documents", "bills"] as const;

describe("what an account sees of a profile", () => {
  it("the own profile (every tab) sees every kind and every box", () => {
    expect(visibleKinds(every, allOn)).toEqual(["message", "document", "bill"]);
    expect(visibleBoxes(every, allOn)).toEqual(["inbox", "documents", "bills", "sent"]);
  });

  it("a proxy with messages and documents sees no bill, and no Bills box", () => {
    expect(visibleKinds(["messages", "documents"], allOn)).toEqual(["message", "document"]);
    expect(visibleBoxes(["messages", "documents"], allOn)).toEqual(["inbox", "documents", "sent"]);
  });

  it("a proxy with documents only has a Documents box and no Inbox", () => {
    expect(visibleBoxes(["documents"], allOn)).toEqual(["documents"]);
    expect(visibleKinds(["documents"], allOn)).toEqual(["document"]);
  });

  it("a feature the clinic turned off hides its kind and its box, whatever the permission", () => {
    const noBills = { ...allOn, billsEnabled: false };
    expect(visibleKinds(every, noBills)).toEqual(["message", "document"]);
    expect(visibleBoxes(every, noBills)).toEqual(["inbox", "documents", "sent"]);
    const noMessages = { ...allOn, messagesEnabled: false };
    expect(visibleBoxes(every, noMessages)).toEqual(["documents", "bills"]);
  });

  it("Inbox and Sent list every visible kind; Documents and Bills their own", () => {
    const visible = visibleKinds(["messages", "documents"], allOn);
    expect(kindsOfBox("inbox", visible)).toEqual(["message", "document"]);
    expect(kindsOfBox("sent", visible)).toEqual(["message", "document"]);
    expect(kindsOfBox("documents", visible)).toEqual(["document"]);
    expect(kindsOfBox("bills", visible)).toEqual([]);
  });
});

describe("visibleLength counts what the user sees", () => {
  it("counts an accent typed as two code points, and an emoji family, as one each", () => {
    expect(visibleLength("e\u0301té")).toBe(3);
    expect(visibleLength("👨‍👩‍👧")).toBe(1);
    expect(visibleLength("a".repeat(500))).toBe(500);
  });
});

describe("replyDecision", () => {
  const thread = {
    replyRule: "once" as const,
    origin: "clinic" as const,
    status: "open" as const,
    withdrawn: false,
    patientReplies: 0,
  };
  it("once: the first reply is allowed and is the last; a second is refused", () => {
    expect(replyDecision(thread)).toEqual({ allowed: true, last: true });
    expect(replyDecision({ ...thread, patientReplies: 1 })).toEqual({
      allowed: false,
      reason: "alreadyReplied",
    });
  });
  it("none refuses, unlimited allows again, a withdrawn thread refuses", () => {
    expect(replyDecision({ ...thread, replyRule: "none" })).toEqual({
      allowed: false,
      reason: "notAllowed",
    });
    expect(replyDecision({ ...thread, replyRule: "unlimited", patientReplies: 5 })).toEqual({
      allowed: true,
      last: false,
    });
    expect(replyDecision({ ...thread, withdrawn: true })).toEqual({
      allowed: false,
      reason: "withdrawn",
    });
  });
  it("a thread the patient started may be followed up until staff close it", () => {
    const started = { ...thread, origin: "patient" as const, replyRule: "none" as const };
    expect(replyDecision({ ...started, patientReplies: 3 })).toEqual({
      allowed: true,
      last: false,
    });
    expect(replyDecision({ ...started, status: "closed" })).toEqual({
      allowed: false,
      reason: "notAllowed",
    });
  });
  it("a thread staff closed refuses the patient, even one that allows unlimited replies", () => {
    for (const replyRule of ["once", "unlimited"] as const)
      expect(replyDecision({ ...thread, replyRule, status: "closed" })).toEqual({
        allowed: false,
        reason: "notAllowed",
      });
  });
});

describe("BOX_OF_KIND", () => {
  it("opens each kind in a box that every recipient of that kind has", () => {
    for (const kind of ["message", "document", "bill"] as const) {
      const box = BOX_OF_KIND[kind];
      // A recipient holds the kind's permission: the box needs that same one.
      expect(TAB_OF_BOX[box]).toBe(TAB_OF_KIND[kind]);
    }
  });
});
