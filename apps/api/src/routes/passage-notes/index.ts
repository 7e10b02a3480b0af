import addPassageNote from "./add-passage-note.js";

export const passageNoteRoutes = [addPassageNote];
