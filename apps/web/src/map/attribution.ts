/**
 * A background's credit as the reader reads it: OpenStreetMap's, whichever way the deployment
 * wrote it, in the reader's language and linked to its copyright page, as the OpenStreetMap
 * Foundation's attribution guidelines ask.
 * @example readableAttribution("© OpenStreetMap contributors", "les contributeurs d’OpenStreetMap")
 *   // → '© <a href="https://www.openstreetmap.org/copyright">les contributeurs d’OpenStreetMap</a>'
 */
const OSM_CONTRIBUTORS = /OpenStreetMap contributors/;
const OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

export function readableAttribution(attribution: string, contributors: string): string {
  // A credit that already carries links is only translated, never given a link inside a link.
  if (/<a[\s>]/i.test(attribution)) return attribution.replace(OSM_CONTRIBUTORS, contributors);
  return attribution.replace(OSM_CONTRIBUTORS, `<a href="${OSM_COPYRIGHT}">${contributors}</a>`);
}
