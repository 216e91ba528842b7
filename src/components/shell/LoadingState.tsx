import { useMetricscope } from '../../store/state';

/** What the page shows instead of panels: the demo being generated, or why loading failed. */
export function LoadingState() {
  const loadError = useMetricscope((s) => s.loadError);
  const demoSize = useMetricscope((s) => s.demoSize);
  const demoSeed = useMetricscope((s) => s.demoSeed);
  if (loadError !== null) {
    return (
      <div className="load-error" role="alert">
        <h2>Could not load the data</h2>
        <p>{loadError}</p>
      </div>
    );
  }
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Generating the simulated demo ({demoSize}, seed {demoSeed})…
    </div>
  );
}
