import { useEffect, useState } from "react";
import { flushPending } from "./send-basket";

/** Sends waiting baskets now and each time the browser says the network is back; counts how often something went through. */
export function usePendingSync(): number {
  const [sentRounds, setSentRounds] = useState(0);
  useEffect(() => {
    let live = true;
    const flush = () =>
      void flushPending().then((sent) => {
        if (live && sent > 0) setSentRounds((n) => n + 1);
      });
    flush();
    window.addEventListener("online", flush);
    return () => {
      live = false;
      window.removeEventListener("online", flush);
    };
  }, []);
  return sentRounds;
}
