import { describe, expect, it } from "vitest";
import { likeLiteral } from "./like";

describe("likeLiteral", () => {
  it("escapes LIKE's wildcards and its escape character, and leaves the rest", () => {
    expect(likeLiteral("100%")).toBe("100\\%");
    expect(likeLiteral("a_b")).toBe("a\\_b");
    expect(likeLiteral("c:\\x")).toBe("c:\\\\x");
    expect(likeLiteral("Émilie O'Neil")).toBe("Émilie O'Neil");
  });
});
