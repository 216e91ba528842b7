import { useId, useRef, useState, type FormEvent } from 'react';
import type { ColumnRole } from '../../io/metrics/columnRoles';
import { parseIsoTimestamp } from '../../io/metrics/parseIsoTimestamp';
import { cancelMapping, confirmMapping, reviseMapping } from '../../store/columnMapping';
import { type MappingRequest, useMetricscope } from '../../store/state';
import { delimiterName } from './delimiterName';
import { shapeSentence } from './shapeSentence';
import { useModalDialog } from './useModalDialog';

const ROLES: readonly (readonly [ColumnRole, string])[] = [
  ['time', 'Time'],
  ['host', 'Host'],
  ['metric', 'Metric name'],
  ['label', 'Label'],
  ['value', 'Value'],
  ['ignore', 'Ignore'],
];

/** Units a value column whose cells carry none can be given; the values are taken as they are. */
const UNITS: readonly (readonly [string, string])[] = [
  ['', 'no unit'],
  ['%', '%'],
  ['ms', 'ms'],
  ['s', 's'],
  ['B', 'bytes'],
  ['B/s', 'bytes/s'],
  ['req/s', 'requests/s'],
];

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Midnight UTC today as a datetime-local value, where a file without timestamps starts by default. */
const todayUtc = () => `${new Date().toISOString().slice(0, 10)}T00:00`;

/** Why a sampling interval and start cannot be used; null when they can, or no interval is given. */
function samplingProblem(interval: string, start: string): string | null {
  if (interval.trim() === '') return null;
  const seconds = Number(interval);
  if (!(seconds > 0) || !Number.isFinite(seconds))
    return 'The sampling interval must be a number of seconds above 0.';
  return Number.isFinite(parseIsoTimestamp(start)) ? null : 'Give the time of the first sample.';
}

/**
 * The column-mapping step, shown when the reader is not sure how to read a file (or when a person
 * asks to change how a file was read): why it is not sure, the delimiter and header, a preview of
 * the first rows with each column's role and unit, the sampling interval for a file without a time
 * column, and whether to remember the choice for files with the same header. Load reads the file
 * as chosen; Cancel (or Escape) leaves the data shown as it was.
 */
export function MappingDialog() {
  const request = useMetricscope((s) => s.mapping);
  if (!request) return null;
  return <MappingForm key={request.id} request={request} />;
}

function MappingForm({ request }: { request: MappingRequest }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const doubtsId = useId();
  const delimiterId = useId();
  const intervalId = useId();
  const startId = useId();
  const { name, preview, options, problem, position, count } = request;
  const roles = options.columns ?? preview.roles;
  const units = options.units ?? [];
  const [remember, setRemember] = useState(true);
  const [intervalText, setIntervalText] = useState(
    options.sampling ? String(options.sampling.stepSeconds) : '',
  );
  const [start, setStart] = useState(
    options.sampling ? new Date(options.sampling.startMs).toISOString().slice(0, 16) : todayUtc(),
  );

  useModalDialog(dialog);

  const timed = roles.includes('time');
  const samplingIssue = timed ? null : samplingProblem(intervalText, start);

  const setSampling = (nextInterval: string, nextStart: string) => {
    setIntervalText(nextInterval);
    setStart(nextStart);
    const usable = nextInterval.trim() !== '' && samplingProblem(nextInterval, nextStart) === null;
    void reviseMapping({
      sampling: usable
        ? { startMs: parseIsoTimestamp(nextStart), stepSeconds: Number(nextInterval) }
        : undefined,
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirmMapping(remember);
  };

  return (
    <dialog
      ref={dialog}
      className="paste-dialog mapping-dialog"
      aria-labelledby={headingId}
      aria-describedby={preview.doubts.length > 0 ? doubtsId : undefined}
      onClose={() => cancelMapping(request.id)}
    >
      <form onSubmit={submit}>
        <h2 id={headingId}>
          Column mapping: <span className="file-name">{name}</span>
          {count > 1 && ` (file ${position} of ${count})`}
        </h2>
        {preview.doubts.length > 0 && (
          <ul className="mapping-doubts" id={doubtsId}>
            {preview.doubts.map((doubt) => (
              <li key={doubt}>{doubt}</li>
            ))}
          </ul>
        )}
        <div className="mapping-shape">
          <label htmlFor={delimiterId}>Delimiter</label>
          <select
            id={delimiterId}
            value={options.delimiter ?? preview.delimiter}
            onChange={(event) => void reviseMapping({ delimiter: event.currentTarget.value })}
          >
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {delimiterName(d)}
              </option>
            ))}
          </select>
          <label className="check">
            <input
              type="checkbox"
              checked={options.header ?? preview.header}
              onChange={(event) => void reviseMapping({ header: event.currentTarget.checked })}
            />
            First row is a header
          </label>
        </div>
        <div className="mapping-table">
          <table>
            <caption className="visually-hidden">
              First rows of {name}, with each column's role
            </caption>
            <thead>
              <tr>
                {preview.names.map((column, j) => (
                  <th key={j} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
              <tr>
                {preview.names.map((column, j) => (
                  <td key={j}>
                    <select
                      aria-label={`Role of ${column}`}
                      value={roles[j]}
                      onChange={(event) => {
                        const role = event.currentTarget.value as ColumnRole;
                        void reviseMapping({ columns: roles.map((r, k) => (k === j ? role : r)) });
                      }}
                    >
                      {ROLES.map(([role, label]) => (
                        <option key={role} value={role}>
                          {label}
                        </option>
                      ))}
                    </select>
                    {roles[j] === 'value' &&
                      (preview.cellUnits[j] ? (
                        <span className="muted"> unit {preview.cellUnits[j]} (from the cells)</span>
                      ) : (
                        <select
                          aria-label={`Unit of ${column}`}
                          value={units[j] ?? ''}
                          onChange={(event) => {
                            const unit = event.currentTarget.value;
                            const next = preview.names.map((_, k) =>
                              k === j ? unit : (units[k] ?? ''),
                            );
                            void reviseMapping({ units: next });
                          }}
                        >
                          {UNITS.map(([unit, label]) => (
                            <option key={unit} value={unit}>
                              {label}
                            </option>
                          ))}
                        </select>
                      ))}
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted" role="status">
          {shapeSentence(preview.shape)}
        </p>
        {!timed && (
          <fieldset className="mapping-sampling">
            <legend>No time column: samples are evenly spaced</legend>
            <label htmlFor={intervalId}>Sampling interval (s)</label>
            <input
              id={intervalId}
              type="number"
              min={0}
              step="any"
              placeholder="none: x is the sample index"
              value={intervalText}
              onChange={(event) => setSampling(event.currentTarget.value, start)}
            />
            <label htmlFor={startId}>First sample at (UTC)</label>
            <input
              id={startId}
              type="datetime-local"
              value={start}
              disabled={intervalText.trim() === ''}
              onChange={(event) => setSampling(intervalText, event.currentTarget.value)}
            />
          </fieldset>
        )}
        {preview.header && (
          <label className="check">
            <input
              type="checkbox"
              checked={remember}
              onChange={(event) => setRemember(event.currentTarget.checked)}
            />
            Remember for files with this header
          </label>
        )}
        {(problem ?? samplingIssue) && (
          <p className="connect-problem" role="alert">
            {problem ?? samplingIssue}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="secondary" onClick={() => cancelMapping(request.id)}>
            Cancel
          </button>
          <button
            type="submit"
            disabled={problem !== null || samplingIssue !== null || request.checking}
          >
            Load
          </button>
        </div>
      </form>
    </dialog>
  );
}
