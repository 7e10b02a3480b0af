/**
 * Whether a driver's round is under way on this device (a round started and not closed, or
 * changes not sent yet). While it is, a new version of the app waits for the end of the round
 * or for the driver's consent: installing it reloads the page.
 */
type Listener = () => void;

let inProgress = false;
const listeners = new Set<Listener>();

export const roundGuard = {
  set(value: boolean): void {
    if (value === inProgress) return;
    inProgress = value;
    listeners.forEach((listener) => listener());
  },
  inProgress: (): boolean => inProgress,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export interface AfterRoundState {
  waiting: boolean;
  inRound: boolean;
  /** The banner said the update would be installed after the round. */
  promised: boolean;
  hidden: boolean;
}

/**
 * When a waiting version installs by itself: only if it was promised "after the round", once the
 * round is over and the app is in the background. Otherwise only the person's click installs it.
 */
export function afterRoundStep(s: AfterRoundState): { promised: boolean; install: boolean } {
  const promised = s.promised || (s.waiting && s.inRound);
  return { promised, install: promised && s.waiting && !s.inRound && s.hidden };
}
