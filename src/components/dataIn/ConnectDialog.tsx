import { useId, useRef, useState, type FormEvent } from 'react';
import type { PrometheusRequest } from '../../io/prometheus/queryRangeUrl';
import { DEFAULT_POINT_BUDGET } from '../../io/prometheus/rangePlan';
import { connectPrometheus } from '../../store/loading';
import { useModalDialog } from './useModalDialog';

/** The "last N hours" choices, and 'custom' for a start and end typed in UTC. */
const RANGES = [
  { value: '1', label: 'Last hour' },
  { value: '3', label: 'Last 3 hours' },
  { value: '6', label: 'Last 6 hours' },
  { value: '24', label: 'Last 24 hours' },
  { value: '168', label: 'Last 7 days' },
  { value: 'custom', label: 'Start and end (UTC)' },
] as const;

/** A datetime-local value (`YYYY-MM-DDTHH:mm[:ss]`) read as UTC, in epoch seconds; NaN if none. */
const utcSeconds = (value: string) => Date.parse(`${value}Z`) / 1000;

/** The name a connection is shown under (the header and any error say it). */
const sourceName = (baseUrl: string) => `Prometheus ${baseUrl.replace(/\/+$/, '')}`;

interface ConnectForm {
  baseUrl: string;
  queries: string;
  range: string;
  start: string;
  end: string;
  step: string;
  budget: string;
}

/** The request the form asks for, or one sentence saying what is wrong with it. */
function requestOf(form: ConnectForm, nowSec: number): PrometheusRequest | string {
  const queries = form.queries
    .split('\n')
    .map((query) => query.trim())
    .filter((query) => query !== '');
  const stepSec = Number(form.step);
  if (!(stepSec > 0)) return 'The step must be a positive number of seconds.';
  const pointBudget = Number(form.budget);
  if (!(pointBudget >= 1)) return 'The point budget must be a number of points, 1 or more.';
  let startSec: number;
  let endSec: number;
  if (form.range === 'custom') {
    startSec = utcSeconds(form.start);
    endSec = utcSeconds(form.end);
    if (!Number.isFinite(startSec) || !Number.isFinite(endSec)) {
      return 'Give both a start and an end.';
    }
    if (endSec <= startSec) return 'The end must come after the start.';
  } else {
    endSec = Math.floor(nowSec);
    startSec = endSec - Number(form.range) * 3600;
  }
  return { baseUrl: form.baseUrl.trim(), queries, startSec, endSec, stepSec, pointBudget };
}

/**
 * "Connect to Prometheus": a button that opens a modal dialog asking for a Prometheus-compatible
 * server's base URL, PromQL queries (one per line), a range (the last N hours, or a start and end
 * in UTC), a step and a point budget (series x steps; a coarser step is fetched when the step asked
 * for would pass it). Nothing is fetched until Connect; the worker then runs each range query and
 * shows their series together (see connectPrometheus).
 */
export function ConnectDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Connect to Prometheus
      </button>
      {open && <ConnectFormDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ConnectFormDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = {
    heading: useId(),
    baseUrl: useId(),
    queries: useId(),
    range: useId(),
    start: useId(),
    end: useId(),
    step: useId(),
    budget: useId(),
    problem: useId(),
  };
  const [form, setForm] = useState<ConnectForm>({
    baseUrl: '',
    queries: '',
    range: '1',
    start: '',
    end: '',
    step: '60',
    budget: String(DEFAULT_POINT_BUDGET),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const field = (key: keyof ConnectForm) => ({
    id: ids[key],
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setForm((previous) => ({ ...previous, [key]: value }));
    },
  });

  useModalDialog(dialog);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = requestOf(form, Date.now() / 1000);
    if (typeof request === 'string') {
      setProblem(request);
      return;
    }
    void connectPrometheus(request, sourceName(request.baseUrl));
    onClose();
  };

  const custom = form.range === 'custom';
  return (
    <dialog
      ref={dialog}
      className="paste-dialog connect-dialog"
      aria-labelledby={ids.heading}
      onClose={onClose}
    >
      <form onSubmit={submit}>
        <h2 id={ids.heading}>Connect to Prometheus</h2>
        <label htmlFor={ids.baseUrl}>Base URL</label>
        <input
          type="url"
          required
          placeholder="http://127.0.0.1:9090"
          spellCheck={false}
          {...field('baseUrl')}
        />
        <label htmlFor={ids.queries}>PromQL queries, one per line</label>
        <textarea
          rows={5}
          required
          spellCheck={false}
          placeholder={'avg by (instance) (rate(node_cpu_seconds_total{mode!="idle"}[5m])) * 100'}
          {...field('queries')}
        />
        <label htmlFor={ids.range}>Range</label>
        <select {...field('range')}>
          {RANGES.map((range) => (
            <option key={range.value} value={range.value}>
              {range.label}
            </option>
          ))}
        </select>
        {custom && (
          <>
            <label htmlFor={ids.start}>Start (UTC)</label>
            <input type="datetime-local" step={1} required {...field('start')} />
            <label htmlFor={ids.end}>End (UTC)</label>
            <input type="datetime-local" step={1} required {...field('end')} />
          </>
        )}
        <label htmlFor={ids.step}>Step (seconds)</label>
        <input type="number" min={1} step="any" required {...field('step')} />
        <label htmlFor={ids.budget}>Point budget (series × steps)</label>
        <input type="number" min={1} step={1} required {...field('budget')} />
        {problem !== null && (
          <p id={ids.problem} className="connect-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Connect</button>
        </div>
      </form>
    </dialog>
  );
}
