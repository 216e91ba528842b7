import { useId, useState, type FormEvent } from 'react';
import { formatCount } from '../../charts/formatNumber';
import { DEMO_SIZES, type DemoSize } from '../../io/simulateDemo';
import { loadDemo } from '../../store/loading';
import { setDemoOptions } from '../../store/settings';
import { useMetricscope } from '../../store/state';
import { ConnectDialog } from '../dataIn/ConnectDialog';
import { DataSource } from '../dataIn/DataSource';
import { OpenFileButton } from '../dataIn/OpenFileButton';
import { PasteDialog } from '../dataIn/PasteDialog';
import { SaveButton } from './SaveButton';
import { ShareButton } from './ShareButton';
import { ThemeSelect } from './ThemeSelect';
import { TimeZoneSelect } from './TimeZoneSelect';

/** What a scenario size generates, e.g. "large — 1,000 servers × 1,440 min, 1,000,000 points". */
function sizeHint(size: DemoSize): string {
  const { farm, slaMix } = DEMO_SIZES[size];
  const steps = farm.hours * farm.stepsPerHour;
  const stepUnit = farm.stepsPerHour === 1 ? 'h' : 'min';
  return `${size} — ${formatCount(farm.servers)} servers × ${formatCount(steps)} ${stepUnit}, ${formatCount(slaMix.n)} points`;
}

const SIZES = Object.keys(DEMO_SIZES) as DemoSize[];

/**
 * The page header: app name, the loaded data source, Open file, Paste CSV and Connect to
 * Prometheus to analyse your own data, Save dashboard to keep it all as one HTML file, Copy link
 * (a link to the view shown), the display time zone and theme, and the Simulate controls that
 * regenerate the demo with a chosen scenario size and seed.
 */
export function Header() {
  const sizeId = useId();
  const seedId = useId();
  const storedSeed = useMetricscope((s) => s.demoSeed);
  const storedSize = useMetricscope((s) => s.demoSize);
  const loading = useMetricscope((s) => s.status === 'loading');
  const [size, setSize] = useState(storedSize);
  const [seed, setSeed] = useState(String(storedSeed));
  // The inputs follow a seed and size set elsewhere (a share link opened after the first render).
  const [shown, setShown] = useState({ seed: storedSeed, size: storedSize });
  if (shown.seed !== storedSeed || shown.size !== storedSize) {
    setShown({ seed: storedSeed, size: storedSize });
    setSeed(String(storedSeed));
    setSize(storedSize);
  }

  const regenerate = (event: FormEvent) => {
    event.preventDefault();
    setDemoOptions({ demoSize: size, demoSeed: Math.trunc(Number(seed)) });
    void loadDemo();
  };

  return (
    <header className="page-header">
      <div className="brand">
        <h1>Metricscope</h1>
        <DataSource />
        <div className="file-actions">
          <OpenFileButton />
          <PasteDialog />
          <ConnectDialog />
          <SaveButton />
          <ShareButton />
        </div>
        <div className="display-settings">
          <TimeZoneSelect />
          <ThemeSelect />
        </div>
      </div>
      <form className="simulate" onSubmit={regenerate}>
        <fieldset>
          <legend>Simulate</legend>
          <div className="field">
            <label htmlFor={sizeId}>Scenario size</label>
            <select
              id={sizeId}
              value={size}
              onChange={(event) => setSize(event.currentTarget.value as DemoSize)}
            >
              {SIZES.map((s) => (
                <option key={s} value={s}>
                  {sizeHint(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={seedId}>Seed</label>
            <input
              id={seedId}
              type="number"
              min={0}
              step={1}
              required
              value={seed}
              onChange={(event) => setSeed(event.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={loading}>
            Regenerate
          </button>
        </fieldset>
      </form>
    </header>
  );
}
