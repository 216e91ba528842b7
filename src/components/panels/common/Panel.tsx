import type { ReactNode } from 'react';
import { isNeeds } from '../../../analysis/views/needs';
import { PANEL_TITLES, type PanelKey } from '../../../store/panels';
import { useMetricscope } from '../../../store/state';
import { CsvButton } from './CsvButton';

/** Props of Panel. */
export interface PanelProps {
  /** Which panel: its heading is PANEL_TITLES[panel]. */
  panel: PanelKey;
  subtitle?: ReactNode;
  /** Spans both columns of the wide-screen grid. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A dashboard panel: a region named by its heading, with the panel's status beside it (computing,
 * its compute time), its analysis error, if the last run failed, and what data it needs, if the
 * data loaded cannot feed it, above the content (its controls stay, to pick other data).
 */
export function Panel({ panel, subtitle, wide = false, children }: PanelProps) {
  const pending = useMetricscope((s) => s.pending[panel] ?? false);
  const error = useMetricscope((s) => s.errors[panel]);
  const timing = useMetricscope((s) => s.timings[panel]);
  const needs = useMetricscope((s) => {
    const result = s.results[panel];
    return isNeeds(result) ? result.needs : null;
  });
  const headingId = `panel-${panel}`;
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={pending}
      className={wide ? 'panel panel-wide' : 'panel'}
      data-needs={needs ? 'true' : undefined}
    >
      <header className="panel-header">
        <h2 id={headingId}>{PANEL_TITLES[panel]}</h2>
        <span className="panel-status">
          {pending ? (
            <span className="computing">computing…</span>
          ) : (
            timing !== undefined && (
              <span
                className="timing"
                title={`Answered ${timing.answeredMs.toFixed(0)} ms after it was asked for, ${timing.computeMs.toFixed(0)} ms of which computing in the worker`}
                data-compute-ms={timing.computeMs.toFixed(1)}
              >
                {timing.answeredMs.toFixed(0)} ms
              </span>
            )
          )}
        </span>
        <CsvButton panel={panel} />
      </header>
      {subtitle && <p className="panel-subtitle">{subtitle}</p>}
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      {needs && (
        <p className="panel-needs" role="status">
          {needs}
        </p>
      )}
      {children}
    </section>
  );
}
