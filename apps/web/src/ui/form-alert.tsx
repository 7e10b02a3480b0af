import { useEffect, useRef } from "react";

/** The sentence saying why a form was not accepted; takes focus so it is read out at once. */
export function FormAlert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
