import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import frBase from "../i18n/fr/index";
import frConsole from "../i18n/fr/console";
import { mergeMessages } from "../i18n/merge-messages";
import { describeRetireError } from "./fleet-retire";

const t = testTranslator("fr", { fr: mergeMessages([["base", frBase], ["console", frConsole]]) });

const conflict = (code: string, detail: string) => new ApiError({ kind: "http", status: 409, problem: { type: "about:blank", title: "Conflict", status: 409, code, detail } });

describe("why a retirement was refused", () => {
  it("names the days of the rounds to re-plan, once each, in the coordinator's language", () => {
    const said = describeRetireError(t, "fr", conflict("rounds_to_come", "vehicle Fourgon has published or in-progress rounds on 2026-03-10, 2026-03-17, 2026-03-10: re-plan them"));
    expect(said).toContain("mardi 10 mars, mardi 17 mars");
    expect(said).toContain("Replanifiez-les");
  });

  it("falls back to the usual sentence for other failures", () => {
    expect(describeRetireError(t, "fr", new ApiError({ kind: "network" }))).not.toContain("Replanifiez");
  });
});
