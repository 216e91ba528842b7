// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useModalDialog } from '../../../src/components/dataIn/useModalDialog';

function Modal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return <dialog ref={dialog} aria-label="test dialog" />;
}

describe('useModalDialog', () => {
  it('opens the dialog as a modal on mount and closes it on unmount', () => {
    const showModal = vi.fn();
    const close = vi.fn();
    HTMLDialogElement.prototype.showModal = showModal;
    HTMLDialogElement.prototype.close = close;
    const { unmount } = render(<Modal />);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
    unmount();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
