/**
 * A list screen with one form open at a time, above the list: "new" to add an item, or the id of
 * the item being changed. Adding closes the form and keeps the sentence saying what was added.
 */
import { useState } from "react";

export interface ListEditing {
  editing: string | undefined;
  /** What was just added, to show above the list once the form is closed. */
  notice: string | undefined;
  /** Opens the form for `id` ("new" to add), or closes it when it is the one open. */
  toggle(id: string): void;
  /** Closes the form after an addition; answers `said` for the form's own note. */
  added(said: string): string;
}

export function useListEditing(): ListEditing {
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  return {
    editing,
    notice,
    toggle: (id) => {
      setNotice(undefined);
      setEditing(editing === id ? undefined : id);
    },
    added: (said) => {
      setNotice(said);
      setEditing(undefined);
      return said;
    },
  };
}

/** The button that opens (or closes) the form of one item; says whether it is open. */
export function ToggleButton({ id, list, children }: { id: string; list: ListEditing; children: string }) {
  return (
    <button type="button" className="button" aria-expanded={list.editing === id} onClick={() => list.toggle(id)}>
      {children}
    </button>
  );
}
