/**
 * The web app's types for the API's replies come from the server's own zod schemas (imported as types only, so no
 * server code reaches the browser): a change on the server breaks this build, not the user. `Wire` turns a
 * schema's output into what arrives as JSON: dates become ISO strings.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends object
    ? // Arrays and tuples stay arrays and tuples (a mapped type over one maps its elements).
      { [K in keyof T]: Wire<T[K]> }
    : T;
