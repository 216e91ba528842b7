// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from '../../src/store/browserStorage';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('browserStorage', () => {
  it('keeps, reads back and removes a value', () => {
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(true);
    expect(readStored('k')).toBe('v');
    expect(writeStored('k', null)).toBe(true);
    expect(readStored('k')).toBeNull();
  });

  it('reads nothing and keeps nothing where there is no storage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(writeStored('k', 'v')).toBe(false);
    expect(readStored('k')).toBeNull();
  });

  it('reads nothing and keeps nothing where the browser refuses storage, without throwing', () => {
    const refused = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refused, setItem: refused, removeItem: refused });
    expect(writeStored('k', 'v')).toBe(false);
    expect(readStored('k')).toBeNull();
  });
});
