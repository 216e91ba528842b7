import { expect } from 'vitest';
import { PANELS } from '../../src/store/panels';
import { store } from '../../src/store/state';

/** Every panel has a result, none an error, none is computing. */
export function expectAllDrawn(): void {
  const { results, errors, pending } = store.getState();
  for (const panel of PANELS) {
    expect(results[panel], panel).toBeDefined();
    expect(errors[panel], panel).toBeUndefined();
    expect(pending[panel] ?? false, panel).toBe(false);
  }
}
