import { useId, type ReactNode } from "react";

/**
 * A table that scrolls sideways on a narrow screen. The scrolling area is a region named by the
 * table's caption and reachable with the keyboard, so it can be scrolled without a mouse.
 */
export function ScrollingTable({ caption, hideCaption = false, children }: { caption: string; hideCaption?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="table">
        <caption id={id} className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
