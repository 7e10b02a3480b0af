/** A tree of translated texts; leaves are strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * Each screen area keeps its texts in its own file (`fr/driver.json`, `en/driver.json`…);
 * the files of a language are merged into one tree. Two files defining the same text is a
 * mistake that would silently depend on load order, so it throws.
 */
export function mergeMessages(parts: readonly (readonly [string, MessageTree])[]): MessageTree {
  const merged: MessageTree = {};
  for (const [file, tree] of parts) mergeInto(merged, tree, file, "");
  return merged;
}

function mergeInto(target: MessageTree, source: MessageTree, file: string, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = `${prefix}${key}`;
    const existing = target[key];
    if (typeof value === "object" && (existing === undefined || typeof existing === "object")) {
      const branch = existing ?? {};
      target[key] = branch;
      mergeInto(branch, value, file, `${path}.`);
    } else if (existing !== undefined) {
      throw new Error(`Translation "${path}" is defined twice (again in ${file}); keep it in one file.`);
    } else {
      target[key] = value;
    }
  }
}
