import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import fr from "../i18n/fr/resident.json";
import { etaSentence } from "./passage-text";
import type { ResidentPassage } from "./resident-api";

beforeAll(async () => {
  await i18next.init({ lng: "fr", resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

const passage = (arrivalSource: ResidentPassage["arrivalSource"]) => ({ plannedArrival: "2026-03-10T09:23:00Z", arrivalSource }) as ResidentPassage;

describe("etaSentence", () => {
  it("says when the time is estimated at a straight line rather than computed on roads", () => {
    expect(etaSentence(i18next.t, passage("osrm"), "fr")).toBe("Heure prévue : 10:23");
    expect(etaSentence(i18next.t, passage("estimate"), "fr")).toBe("Heure estimée à vol d'oiseau : 10:23");
    expect(etaSentence(i18next.t, passage("mixed"), "fr")).toBe("Heure estimée, en partie à vol d'oiseau : 10:23");
    expect(etaSentence(i18next.t, { ...passage(null), plannedArrival: null }, "fr")).toBeUndefined();
  });
});
