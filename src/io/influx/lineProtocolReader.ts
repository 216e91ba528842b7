import { longRecords } from '../metrics/longRecords';
import type { ReaderResult } from '../metrics/metricsReader';
import { pivotRecords } from '../metrics/pivotRecords';
import { seriesName } from '../../model/seriesName';
import { type SkipLog, skipLine } from '../metrics/skipLog';
import { epochMs, epochUnit } from '../metrics/timeParser';
import type { LineBatch } from '../prometheus/lineBatches';
import type { TimeReport } from '../readReport';
import { parseLineProtocol } from './parseLineProtocol';

const NON_BLANK = /\S/;

/** Reads InfluxDB line protocol batch by batch; see lineProtocolReader. */
export interface LineProtocolReader {
  add(batch: LineBatch): void;
  /** Lines read so far that are not blank (comments included). */
  readonly linesParsed: number;
  /** The dataset, and how its timestamps were read. */
  finish(): { result: ReaderResult; time: TimeReport };
}

/** `count` things, with an s when there are several. */
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Up to three of `names`, quoted, and how many more. */
function some(names: ReadonlySet<string>): string {
  const shown = [...names].slice(0, 3).map((name) => `"${name}"`);
  return names.size > 3 ? `${shown.join(', ')} and ${names.size - 3} more` : shown.join(', ');
}

/**
 * A reader for InfluxDB line protocol (Telegraf's default output, `influx` exports; see
 * parseLineProtocol). Every (measurement, tag set, field) is one series: metric
 * `<measurement>_<field>`, the tags as labels, named in Prometheus's notation (see seriesName);
 * the series share the distinct timestamps. Floats and integers are read as numbers, booleans as
 * 0 and 1; string fields are left out, and notes say how many fields were read as booleans or left
 * out as strings. Timestamps are nanoseconds by default but a writer may use another precision,
 * so the unit is told from the first timestamp's magnitude like any epoch column (see epochUnit).
 * Blank and `#` comment lines are passed over. A line is left out (logged with its line number)
 * as 'field-count' when it is not line protocol, and as 'bad-timestamp' when it has a timestamp
 * where the first point had none, or none where it had one.
 */
export function lineProtocolReader(log: SkipLog): LineProtocolReader {
  const records = longRecords();
  let linesParsed = 0;
  let rowsRead = 0;
  let unit: ReturnType<typeof epochUnit> | null | undefined;
  const booleanFields = new Set<string>();
  const stringFields = new Set<string>();

  return {
    add({ lines, firstLine }) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const start = line.search(NON_BLANK);
        if (start < 0) continue;
        linesParsed++;
        if (line.charCodeAt(start) === 35 /* # */) continue;
        const point = parseLineProtocol(line);
        if (point === null) {
          skipLine(log, 'field-count', firstLine + i, line);
          continue;
        }
        const stamp = point.timestamp === null ? NaN : +point.timestamp;
        unit ??= point.timestamp === null ? null : epochUnit(stamp);
        if ((unit === null) !== (point.timestamp === null)) {
          skipLine(log, 'bad-timestamp', firstLine + i, line);
          continue;
        }
        const t = unit === null ? NaN : epochMs(point.timestamp!, stamp, unit.divisor);
        const series = [point.measurement, ...point.tags.flat()].join('\u0000');
        for (const [field, value] of point.fields) {
          const metric = `${point.measurement}_${field}`;
          if (value.type === 'string') {
            stringFields.add(metric);
            continue;
          }
          if (value.type === 'boolean') booleanFields.add(metric);
          const s = records.seriesOf(`${series}\u0000${field}`, () => {
            const labels = Object.fromEntries(point.tags.filter(([, v]) => v !== ''));
            return { name: seriesName(metric, labels), metric, labels };
          });
          records.push(t, s, value.value);
        }
        rowsRead++;
      }
    },

    get linesParsed() {
      return linesParsed;
    },

    finish() {
      const time: TimeReport = unit
        ? {
            column: 'timestamp',
            kind: unit.kind,
            note: `${unit.note}, as line protocol writes them`,
          }
        : { column: null, kind: 'index', note: 'points without timestamps: x is the sample index' };
      const notes: string[] = [];
      if (booleanFields.size > 0) {
        notes.push(
          `${plural(booleanFields.size, 'boolean field')} (${some(booleanFields)}) read as 0 (false) and 1 (true).`,
        );
      }
      if (stringFields.size > 0) {
        notes.push(
          `${plural(stringFields.size, 'string field')} (${some(stringFields)}) left out: only numbers and booleans are read.`,
        );
      }
      if (rowsRead > 0 && records.keys.length === 0) {
        const reason = `The line protocol holds no numeric or boolean field: ${notes.join(' ')}`;
        return { result: { ok: false, reason }, time };
      }
      const pivot = pivotRecords(records, { hasTime: unit != null, grid: false });
      return { result: { ok: true, ...pivot, rowsRead, notes }, time };
    },
  };
}
