import { useEffect } from "react";

/** Sets the window title ("Mon compte – Tournée"), read first by screen readers on a new page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Tournée`;
  }, [title]);
}
