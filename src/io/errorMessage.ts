/**
 * What a caught error says, for a sentence shown to people: an Error's message, else the thrown
 * value as text.
 * @example errorMessage(new Error('Failed to fetch')) // 'Failed to fetch'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
