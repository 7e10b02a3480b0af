/**
 * Bakers count how many breads fit in a crate; products store the room 100 of them take, in
 * crates (`sizePer100`). 25 baguettes a crate is 4 crates per 100.
 */
export const perCrate = (sizePer100: number): number => Math.max(1, Math.round(100 / sizePer100));

/** Never less than 1 (the smallest room the server takes): a crate holds at most 100 pieces here. */
export const sizeFromPerCrate = (fits: number): number => (fits > 0 ? Math.max(1, Math.round(100 / fits)) : fits);
