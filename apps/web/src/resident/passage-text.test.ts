import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/resident-screens.json";
import { lateSentence, movedSentence, timeSentence } from "./passage-text";
import type { ResidentPassage } from "./resident-api";

const t = testTranslator("fr", { fr });

const passage = (arrivalSource: ResidentPassage["arrivalSource"]) =>
  ({ plannedArrival: "2026-03-10T09:23:00Z", arrivalSource, windowStart: "2026-03-10T09:00:00Z", windowEnd: "2026-03-10T11:30:00Z" }) as ResidentPassage;

describe("timeSentence", () => {
  it("says when the time is estimated at a straight line rather than computed on roads", () => {
    expect(timeSentence(t, passage("osrm"), "fr")).toEqual({ text: "Heure prévue : 10:23", provisional: false });
    expect(timeSentence(t, passage("estimate"), "fr").text).toBe("Heure estimée à vol d'oiseau : 10:23");
    expect(timeSentence(t, passage("mixed"), "fr").text).toBe("Heure estimée, en partie à vol d'oiseau : 10:23");
  });

  it("gives the window as provisional until the round is published", () => {
    expect(timeSentence(t, { ...passage(null), plannedArrival: null }, "fr")).toEqual({
      text: "Horaire provisoire : entre 10:00 et 12:30. L'heure précise sera donnée quand la tournée sera publiée.", provisional: true,
    });
  });
});

describe("movedSentence", () => {
  it("announces a time moved by a publication, and nothing otherwise", () => {
    expect(movedSentence(t, { ...passage("osrm"), previousArrival: "2026-03-10T08:50:00Z" }, "fr")).toBe("Attention, l'heure a changé : le camion passera vers 10:23 au lieu de 09:50.");
    expect(movedSentence(t, passage("osrm"), "fr")).toBeUndefined();
  });
});

describe("lateSentence", () => {
  it("says how late the truck on its way runs and when it is now expected, and nothing when it is on time", () => {
    expect(lateSentence(t, { ...passage("osrm"), delay: { minutes: 35, expectedArrival: "2026-03-10T09:58:00Z" } }, "fr"))
      .toBe("Le camion est en route avec environ 35 minutes de retard : il est attendu vers 10:58.");
    expect(lateSentence(t, { ...passage("osrm"), delay: null }, "fr")).toBeUndefined();
  });
});
