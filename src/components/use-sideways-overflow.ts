// useSidewaysOverflow(ref): whether a box that scrolls sideways hides more to its left or right, kept current as it scrolls
// or changes size, so a table can show that it scrolls (a narrow window hides its last columns).
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface SidewaysOverflow {
  /** Columns are hidden to the left (the box is scrolled). */
  before: boolean;
  /** Columns are hidden to the right. */
  after: boolean;
}

const NONE: SidewaysOverflow = { before: false, after: false };

export function useSidewaysOverflow(ref: RefObject<HTMLElement | null>): SidewaysOverflow {
  const [overflow, setOverflow] = useState<SidewaysOverflow>(NONE);
  // Measured before paint, so a table that first draws too wide already shows the hint.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      // A pixel of rounding is not a hidden column.
      const before = box.scrollLeft > 1;
      const after = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setOverflow((current) =>
        current.before === before && current.after === after ? current : { before, after },
      );
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    // The table's own width changes too (rows arrive, a column's text grows), not only the window's.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return overflow;
}
