import { useEffect, useState } from 'react';
import type { SummaryResult } from '../analysis/summarize';
import { startWorker } from '../worker/client';
import type { Catalogue } from '../worker/workspace';

const DEMO_SEED = 42;
const OVERVIEW_SERIES = 'cpu % (seed hour)';

type State =
  | { phase: 'loading' }
  | { phase: 'ready'; catalogue: Catalogue; summary: SummaryResult }
  | { phase: 'failed'; message: string };

const format = (x: number, unit: string) => `${x.toFixed(1)} ${unit}`;

/**
 * The page: starts the analysis worker, loads the simulated demo there and shows the overview
 * statistics it computes. The full dashboard of panels builds on this.
 */
export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    const { client, worker } = startWorker();
    let live = true;
    (async () => {
      const catalogue = await client.api.loadDemo(DEMO_SEED, 'small');
      const outcome = await client.run('summary', { series: OVERVIEW_SERIES });
      if (live && outcome.status === 'fresh') {
        setState({ phase: 'ready', catalogue, summary: outcome.value });
      }
    })().catch((error: unknown) => {
      if (live) setState({ phase: 'failed', message: String(error) });
    });
    return () => {
      live = false;
      worker.terminate();
    };
  }, []);

  return (
    <main className="page">
      <header className="page-header">
        <h1>Metricscope</h1>
        <p className="source">
          {state.phase === 'ready'
            ? `${state.catalogue.label} · ${state.catalogue.series.length} series`
            : state.phase === 'failed'
              ? 'Could not load data'
              : 'Loading the simulated demo…'}
        </p>
      </header>
      {state.phase === 'failed' && <p role="alert">{state.message}</p>}
      {state.phase === 'ready' && (
        <section aria-labelledby="overview-heading" className="panel">
          <h2 id="overview-heading">Overview</h2>
          <p className="panel-subtitle">{OVERVIEW_SERIES}</p>
          <dl className="stat-cards">
            {(
              [
                ['Mean', state.summary.mean],
                ['Peak', state.summary.peak],
                ['Min', state.summary.min],
                ['Std', state.summary.std],
              ] as const
            ).map(([label, value]) => (
              <div className="stat-card" key={label}>
                <dt>{label}</dt>
                <dd>{format(value, '%')}</dd>
              </div>
            ))}
          </dl>
          <p>
            {state.summary.highLoadPeriods.length} high-load period(s) above{' '}
            {state.summary.highLoad} %:{' '}
            {state.summary.highLoadPeriods.map((p) => `minutes ${p.start}–${p.end}`).join(', ') ||
              'none'}
          </p>
        </section>
      )}
    </main>
  );
}
