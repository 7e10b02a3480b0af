/**
 * Discretion: no message may reveal that its reader is helped. These words (social status,
 * eligibility, aid, "sociale"…) never appear in a template, a sender name or a sent message,
 * in French or English, whatever their accents or case.
 */
const FORBIDDEN: readonly RegExp[] = [
  /\bsoci(?:al|ale|ales|aux|alement)\b/, /\bsolidaires?\b/, /\bbeneficiaires?\b/, /\beligib\w*/, /\baides? alimentaires?\b/,
  /\bbanques? alimentaires?\b/, /\bprecar\w*/, /\bpauvre\w*/, /\bccas\b/, /\brsa\b/, /\bminima\b/, /\bdemuni\w*/, /\bindigen\w*/,
  /\bassistance\b/, /\bwelfare\b/, /\bbeneficiar\w*/, /\bcharit\w*/, /\bpoverty\b/, /\bpoor\b/, /\bfood (?:aid|bank)s?\b/, /\bmeans[- ]tested\b/,
];

/** Lower case, no accents: "Épicerie SOCIALE" → "epicerie sociale". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The forbidden words found in `text`, as written there (empty when the text is neutral). */
export function forbiddenWords(text: string): string[] {
  const folded = fold(text);
  const found: string[] = [];
  for (const pattern of FORBIDDEN) {
    for (const match of folded.matchAll(new RegExp(pattern.source, "g"))) {
      // Folding keeps one character per character of the NFC text, so positions carry over.
      found.push(text.normalize("NFC").slice(match.index, match.index + match[0].length) || match[0]);
    }
  }
  return found;
}

export function isNeutral(text: string): boolean {
  return forbiddenWords(text).length === 0;
}

/** `text` without its forbidden words (spaces tidied): the last wall before a message leaves. */
export function withoutForbiddenWords(text: string): string {
  let out = text;
  for (let guard = 0; guard < 10 && !isNeutral(out); guard++) {
    for (const word of forbiddenWords(out)) out = out.split(word).join("");
    out = out.replace(/[ \t]{2,}/g, " ").replace(/ ([,.])/g, "$1");
  }
  return isNeutral(out) ? out : fold(out).replace(/[^\s]+/g, (w) => (isNeutral(w) ? w : ""));
}
