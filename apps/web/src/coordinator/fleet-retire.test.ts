import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import frBase from "../i18n/fr/index";
import frConsole from "../i18n/fr/console";
import { mergeMessages } from "../i18n/merge-messages";
import { describeRetireError } from "./fleet-retire";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: "fr", resources: { fr: { translation: mergeMessages([["base", frBase], ["console", frConsole]]) } }, interpolation: { escapeValue: false } });
});

const conflict = (code: string, detail: string) => new ApiError({ kind: "http", status: 409, problem: { type: "about:blank", title: "Conflict", status: 409, code, detail } });

describe("why a retirement was refused", () => {
  it("names the days of the rounds to re-plan, once each, in the coordinator's language", () => {
    const said = describeRetireError(i18n.t, "fr", conflict("rounds_to_come", "vehicle Fourgon has published or in-progress rounds on 2026-03-10, 2026-03-17, 2026-03-10: re-plan them"));
    expect(said).toContain("mardi 10 mars, mardi 17 mars");
    expect(said).toContain("Replanifiez-les");
  });

  it("falls back to the usual sentence for other failures", () => {
    expect(describeRetireError(i18n.t, "fr", new ApiError({ kind: "network" }))).not.toContain("Replanifiez");
  });
});
