import { formatTimeSpan } from '../../../charts/formatNumber';
import type { TimeRange } from '../../../store/state';
import { useMetricscope } from '../../../store/state';

/**
 * Which samples a panel's figures are computed over: "Figures over the zoomed range <from> – <to>"
 * (in the display time zone) for `range`, else "Figures over the whole series".
 */
export function FiguresCover({ range }: { range: TimeRange | null }) {
  const timeZone = useMetricscope((s) => s.timeZone);
  return (
    <p className="figures-cover">
      {range
        ? `Figures over the zoomed range ${formatTimeSpan(range.start, range.end, timeZone)}`
        : 'Figures over the whole series'}
    </p>
  );
}
