import { describe, expect, it } from "vitest";
import { readableAttribution } from "./attribution";

describe("a background's credit", () => {
  it("reads OpenStreetMap's credit in the reader's language, linked to its copyright page", () => {
    expect(readableAttribution("© OpenStreetMap contributors", "les contributeurs d’OpenStreetMap")).toBe(
      '© <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>',
    );
  });

  it("only translates a credit that already has its links, and leaves other credits as written", () => {
    expect(readableAttribution('© <a href="https://osm.org/copyright">OpenStreetMap contributors</a>', "les contributeurs d’OpenStreetMap")).toBe(
      '© <a href="https://osm.org/copyright">les contributeurs d’OpenStreetMap</a>',
    );
    expect(readableAttribution("© IGN – Plan IGN", "les contributeurs d’OpenStreetMap")).toBe("© IGN – Plan IGN");
  });
});
