/** A panel's analysis that does not apply to the data: what it needs, in one line for people. */
export interface Needs {
  /** A whole sentence: "This panel needs a latency series (...)." */
  readonly needs: string;
}

/** Whether an analysis result says what it needs instead of holding numbers. */
export function isNeeds(result: unknown): result is Needs {
  return typeof result === 'object' && result !== null && 'needs' in result;
}
