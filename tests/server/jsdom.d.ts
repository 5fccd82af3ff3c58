// The part of jsdom's API the server tests use to read rendered HTML (jsdom ships no types and
// @types/jsdom is not installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly document: Document };
  }
}
