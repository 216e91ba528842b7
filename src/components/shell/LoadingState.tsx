import { useMetricscope } from '../../store/state';

/**
 * What the page shows instead of panels: the demo being generated, or why loading failed (nothing
 * while a saved dashboard's files are read: LoadProgress shows that).
 */
export function LoadingState() {
  const loadError = useMetricscope((s) => s.loadError);
  const demoSize = useMetricscope((s) => s.demoSize);
  const demoSeed = useMetricscope((s) => s.demoSeed);
  // A saved dashboard's data being read: its progress bar says so.
  const reading = useMetricscope((s) => s.loadProgress !== null);
  if (loadError !== null) {
    return (
      <div className="load-error" role="alert">
        <h2>Could not load the data</h2>
        <p>{loadError}</p>
      </div>
    );
  }
  if (reading) return null;
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Generating the simulated demo ({demoSize}, seed {demoSeed})…
    </div>
  );
}
