/** Messages of the errors V8 throws when memory for a buffer or an array cannot be had. */
const OUT_OF_MEMORY = /allocation failed|out of memory|invalid (typed )?array length/i;

/**
 * Whether an error (or an error event's message) reports memory running out: a RangeError such as
 * 'Array buffer allocation failed', as opposed to a RangeError about an argument.
 * @example isOutOfMemory(new RangeError('Array buffer allocation failed')) // true
 */
export function isOutOfMemory(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return OUT_OF_MEMORY.test(message);
}
