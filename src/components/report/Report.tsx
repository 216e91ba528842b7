import { useEffect, useId, useRef, useState } from 'react';
import { formatTime, formatTimeSpan, zoneSuffix } from '../../charts/formatNumber';
import { store, useMetricscope } from '../../store/state';
import { useChartTheme } from '../chart/useChartTheme';
import { StatCards } from '../panels/common/StatCards';
import { reportSnapshot, type ReportSnapshot } from './reportSnapshot';

/**
 * "Report": a printable page of the dashboard as it is now, above the panels: the data source and
 * when (and the zoomed range, while zoomed), then every panel's key figures (its stat cards) and charts (as PNG images of what they
 * show), or what it needs. "Print" prints it alone (the print stylesheet hides the rest), one panel
 * never split across pages; "Close report" removes it, and so does loading other data. Opening it
 * again takes a fresh snapshot. Only offered once the data set is loaded.
 */
export function Report() {
  const headingId = useId();
  const ready = useMetricscope((s) => s.status === 'ready');
  const dataSet = useMetricscope((s) => s.dataSetsShown);
  const { background } = useChartTheme();
  const [opened, setReport] = useState<{ report: ReportSnapshot; dataSet: number } | null>(null);
  // A report is of the data set it was made from: another one loaded closes it.
  const report = opened?.dataSet === dataSet ? opened.report : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!report) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [report]);

  if (!ready) return null;
  const open = () =>
    setReport({
      report: reportSnapshot(store.getState(), document, background, Date.now()),
      dataSet,
    });
  const close = () => {
    setReport(null);
    opener.current?.focus();
  };

  return (
    <>
      <div className="report-actions">
        <button ref={opener} type="button" className="secondary" onClick={open}>
          Report
        </button>
      </div>
      {report && (
        <section className="report" aria-labelledby={headingId}>
          <header className="report-header">
            <div>
              <h2 id={headingId} ref={heading} tabIndex={-1}>
                Metricscope report
              </h2>
              <p className="muted">
                {report.source}, {formatTime(report.madeAtMs, report.timeZone)}
                {zoneSuffix(report.timeZone)}
              </p>
              {report.zoom && (
                <p className="muted">
                  Time-series charts and the Overview’s figures zoomed to{' '}
                  {formatTimeSpan(report.zoom.start, report.zoom.end, report.timeZone)}
                </p>
              )}
            </div>
            <div className="report-buttons">
              <button type="button" onClick={() => window.print()}>
                Print
              </button>
              <button type="button" className="secondary" onClick={close}>
                Close report
              </button>
            </div>
          </header>
          {report.panels.map(({ panel, title, stats, images, missing }) => (
            <article key={panel} className="report-panel" aria-labelledby={`report-${panel}`}>
              <h3 id={`report-${panel}`}>{title}</h3>
              {missing !== null ? (
                <p className="muted">{missing}</p>
              ) : (
                <>
                  {stats.length > 0 && <StatCards stats={stats} />}
                  {images.map((image) => (
                    <img
                      key={image.name}
                      src={image.src}
                      alt={image.name}
                      width={image.width}
                      height={image.height}
                    />
                  ))}
                </>
              )}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
