import type { ReactNode } from 'react';

/** Props of TableScroll. */
export interface TableScrollProps {
  /** What the scrolling box holds, for screen readers (the table's caption says the rest). */
  label: string;
  /** The shorter box (long lists such as the anomalies). */
  tall?: boolean;
  children: ReactNode;
}

/**
 * The box a long table scrolls in. It is in the Tab order, so that a keyboard can scroll it (arrow
 * keys, Page Up/Down) where no control inside it takes focus, and it is a named region so that a
 * screen reader says what it is when it takes focus.
 */
export function TableScroll({ label, tall = false, children }: TableScrollProps) {
  return (
    <div
      className={tall ? 'table-scroll table-scroll-tall' : 'table-scroll'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
