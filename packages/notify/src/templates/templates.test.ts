import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES, TEMPLATE_LOCALES } from "./defaults.js";
import { formatDay, formatDeadline, formatTime } from "./format.js";
import { KIND_SPECS, MESSAGE_KINDS } from "./kinds.js";
import { forbiddenWords, isNeutral } from "./neutral-words.js";
import { checkTemplate, renderTemplate } from "./render.js";

describe("the default templates", () => {
  it.each(TEMPLATE_LOCALES.flatMap((locale) => MESSAGE_KINDS.map((kind) => [locale, kind] as const)))("%s %s passes its own check", (locale, kind) => {
    expect(checkTemplate(kind, DEFAULT_TEMPLATES[locale][kind])).toEqual([]);
  });
});

describe("forbidden words", () => {
  it.each([["Épicerie SOCIALE"], ["aide sociale"], ["vos droits d'éligibilité"], ["bénéficiaires"], ["le CCAS vous écrit"], ["Épicerie solidaire"], ["food bank"], ["aide alimentaire"]])("finds them in %s", (text) => {
    expect(isNeutral(text)).toBe(false);
  });
  it.each([["Le camion passe demain vers 10 h 15, place de l'Église à Mainsat"], ["La société de transport"], ["Associations du canton"]])("leaves %s alone", (text) => {
    expect(forbiddenWords(text)).toEqual([]);
  });
});

describe("checking a template a coordinator wrote", () => {
  it("names unknown variables, missing required ones, forbidden words and broken braces", () => {
    const issues = checkTemplate("day_before", { subject: "Épicerie sociale", body: "Passage demain {{heur}} {{lieu" });
    expect(issues).toEqual(expect.arrayContaining([
      { field: "subject", code: "forbidden_word", detail: "sociale" },
      { field: "body", code: "unknown_variable", detail: "heur" },
      { field: "body", code: "unclosed_braces", detail: "" },
      { field: "body", code: "missing_variable", detail: "heure" },
    ]));
  });
  it("refuses an empty body", () => {
    expect(checkTemplate("delay", { subject: "Retard", body: "  " })).toContainEqual({ field: "body", code: "empty", detail: "" });
  });
});

describe("rendering", () => {
  it("fills the variables, French first", () => {
    const out = renderTemplate(DEFAULT_TEMPLATES.fr.day_before, { heure: "vers 10 h 15", lieu: "place de l'Église à Mainsat", expediteur: "La tournée du Pays d'Aubusson" });
    expect(out.body).toBe("Le camion passe demain vers 10 h 15, place de l'Église à Mainsat. La tournée du Pays d'Aubusson");
  });

  it("uses the neutral fallback when a value names social status", () => {
    const out = renderTemplate(DEFAULT_TEMPLATES.fr.day_before, { heure: "9 h", lieu: "Centre social Jean Jaurès", expediteur: "x" }, { lieu: "à Felletin" });
    expect(out.body).toContain("à Felletin");
    expect(out.body).not.toMatch(/social/i);
  });

  it("never lets a forbidden word through, whatever the values (property)", () => {
    const words = fc.constantFrom("sociale", "Social", "solidaire", "bénéficiaire", "éligibilité", "CCAS", "aide alimentaire", "Mainsat", "place", "10 h", "Église", "RSA", "précarité");
    const value = fc.array(words, { maxLength: 5 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGE_KINDS), fc.constantFrom(...TEMPLATE_LOCALES), fc.dictionary(fc.constantFrom("expediteur", "foyer", "date", "heure", "lieu", "limite", "liste", "destinataire", "retard"), value), value, (kind, locale, values, fallback) => {
        const out = renderTemplate(DEFAULT_TEMPLATES[locale][kind], values, { lieu: fallback, expediteur: fallback });
        expect(forbiddenWords(out.subject + "\n" + out.body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("every kind says who it is for and has its required variables among its allowed ones", () => {
    for (const kind of MESSAGE_KINDS) for (const v of KIND_SPECS[kind].required) expect(KIND_SPECS[kind].variables).toContain(v);
  });
});

describe("dates and times in messages (Europe/Paris)", () => {
  it("says days, times and deadlines the way people do", () => {
    expect(formatDay("2026-03-10", "fr")).toBe("mardi 10 mars");
    expect(formatDay("2026-03-01", "fr")).toBe("dimanche 1er mars");
    expect(formatDay("2026-03-10", "en")).toBe("Tuesday 10 March");
    expect(formatTime(new Date("2026-03-10T09:15:00Z"), "fr")).toBe("10 h 15");
    expect(formatTime(new Date("2026-07-10T08:00:00Z"), "fr")).toBe("10 h");
    expect(formatDeadline(new Date("2026-03-09T17:00:00Z"), "fr")).toBe("lundi 9 mars 18 h");
  });
});
