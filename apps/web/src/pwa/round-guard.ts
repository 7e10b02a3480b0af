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
