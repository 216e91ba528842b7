import { useEffect, type RefObject } from 'react';

/**
 * Shows `dialog` as a modal while the component is mounted, and closes it on unmount: focus moves
 * into it, the page behind is inert and Escape closes it (the dialog's own close event follows).
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, [dialog]);
}
