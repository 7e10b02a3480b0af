import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.js";

describe("passwords", () => {
  it("are stored as argon2id and verify only with the right password", async () => {
    const stored = await hashPassword("tournee-demo");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "tournee-demo")).toBe(true);
    expect(await verifyPassword(stored, "tournee-dem0")).toBe(false);
    expect(await verifyPassword("not a hash", "tournee-demo")).toBe(false);
  });
});
