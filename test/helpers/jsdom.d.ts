/** The one piece of jsdom's API the tests use directly (it ships no types): parse a page. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
