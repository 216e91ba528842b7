// The part of PapaParse 5.7 that csvParser.ts uses: its low-level incremental Parser (the one its
// own chunk streamers drive). Declared here because @types/papaparse is not a dependency.
declare module 'papaparse' {
  interface ParserConfig {
    delimiter: string;
    newline: '\n' | '\r' | '\r\n';
    quoteChar?: string;
  }

  interface ParserResult {
    data: string[][];
    meta: {
      /** Offset just past the last complete row returned, plus baseIndex. */
      cursor: number;
    };
  }

  interface Parser {
    /** Parses `input`; with ignoreLastRow, a last row that may be incomplete is left unparsed. */
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParserResult;
  }

  const Papa: { Parser: new (config: ParserConfig) => Parser };
  export default Papa;
}
