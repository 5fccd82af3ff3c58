// Imports of a bundled data file read at build time (scripts/parsed.mjs): `<file>?parsed=<kind>`
// holds what READERS[kind] (src/readers.ts) gives for the file's text.
declare module '*?parsed=table' {
  const parsed: import('./readers').Parsed<'table'>;
  export default parsed;
}
declare module '*?parsed=families' {
  const parsed: import('./readers').Parsed<'families'>;
  export default parsed;
}
declare module '*?parsed=names' {
  const parsed: import('./readers').Parsed<'names'>;
  export default parsed;
}
declare module '*?parsed=notes' {
  const parsed: import('./readers').Parsed<'notes'>;
  export default parsed;
}
declare module '*?parsed=places' {
  const parsed: import('./readers').Parsed<'places'>;
  export default parsed;
}
declare module '*?parsed=outline' {
  const parsed: import('./readers').Parsed<'outline'>;
  export default parsed;
}
// Which table the build is over (scripts/parsed.mjs): the published one, or RANKING_TABLE's file.
declare module 'virtual:ranking-table' {
  const ranking: {
    /** Its name as the page shows it: the published table's path, or the other file's name. */
    source: string;
    published: boolean;
    /** The SHA-256 of its text, in hex. */
    sha256: string;
  };
  export default ranking;
}
