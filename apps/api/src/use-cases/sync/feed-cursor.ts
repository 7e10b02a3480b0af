/** The pull cursor: the last change-feed id the device has, and when it got it ("<id>.<ms>"). */
export interface FeedCursor {
  changeId: bigint;
  at: Date;
}

/** Older than this, a device downloads its rounds again rather than replaying changes. */
export const CURSOR_MAX_AGE_MS = 14 * 24 * 3_600_000;

export function encodeCursor(c: FeedCursor): string {
  return `${c.changeId}.${c.at.getTime()}`;
}

export function decodeCursor(text: string): FeedCursor | null {
  const match = /^(\d{1,18})\.(\d{1,15})$/.exec(text);
  return match ? { changeId: BigInt(match[1]!), at: new Date(Number(match[2])) } : null;
}
