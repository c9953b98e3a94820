// What a bad row's report names, in a module of its own: the reading threads and the web app both use it, and
// neither should load the API's schemas (import-wire.ts) or anything else for it.

/** The field a bad row names when the row is refused as a whole (a broken line, a duplicate): the screens word it. */
export const WHOLE_ROW = '(row)';
