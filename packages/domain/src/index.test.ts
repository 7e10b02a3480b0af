import { describe, expect, it } from "vitest";
import { ROLES } from "./index.js";
describe("roles", () => { it("lists six roles", () => { expect(ROLES).toHaveLength(6); }); });
