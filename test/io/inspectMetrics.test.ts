import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectMetrics, PREVIEW_ROWS } from '../../src/io/inspectMetrics';

const NAB = fileURLToPath(new URL('../../../shared/datasets/nab/data/', import.meta.url));

/** The preview of `input`, failing the test when there is none. */
async function preview(input: Blob | string, options?: Parameters<typeof inspectMetrics>[1]) {
  const outcome = await inspectMetrics(input, options);
  if (!outcome.ok || outcome.preview === null)
    throw new Error(`no preview: ${JSON.stringify(outcome)}`);
  return outcome.preview;
}

describe('inspectMetrics', () => {
  it('a NAB file: wide, time then value, nothing in doubt, the first rows as written', async () => {
    const text = readFileSync(`${NAB}realAWSCloudwatch/ec2_cpu_utilization_5f5533.csv`, 'utf8');
    const found = await preview(new Blob([text]));
    expect(found).toMatchObject({
      format: 'wide',
      delimiter: ',',
      header: true,
      firstLine: 'timestamp,value',
      names: ['timestamp', 'value'],
      roles: ['time', 'value'],
      cellUnits: ['', ''],
      doubts: [],
    });
    expect(found.rows).toHaveLength(PREVIEW_ROWS);
    expect(found.rows[0]).toEqual(text.split('\n')[1].split(','));
  });

  it('no timestamp column: in doubt, with the sampling interval offered', async () => {
    const found = await preview('cpu,mem\n1,2\n3,4\n');
    expect(found.roles).toEqual(['value', 'value']);
    expect(found.doubts).toEqual([
      'No column holds timestamps that could be recognised: choose the time column, or give the sampling interval (else x is the sample index).',
    ]);
  });

  it('a column of epoch-like numbers under a name that says nothing is proposed as the time', async () => {
    const found = await preview('when,cpu\n1709251200,1\n1709251260,2\n');
    expect(found.roles).toEqual(['time', 'value']);
    expect(found.doubts).toEqual([
      'No column holds timestamps that could be recognised: choose the time column, or give the sampling interval (else x is the sample index).',
      'Column "when" holds numbers that look like epoch timestamps: it is proposed as the time column.',
    ]);
  });

  it('an unnamed text column: in doubt about host and metric', async () => {
    const found = await preview('time,box,load\n1709251200,a,1\n1709251260,b,2\n');
    expect(found.format).toBe('long');
    expect(found.roles).toEqual(['time', 'label', 'value']);
    expect(found.doubts).toEqual([
      'Text column "box": which is the host and which names the metric?',
    ]);
  });

  it('two timestamp columns: in doubt, naming both and the one used', async () => {
    const found = await preview(
      'start,end,cpu\n2026-11-26T10:00:00Z,2026-11-26T10:01:00Z,1\n2026-11-26T10:01:00Z,2026-11-26T10:02:00Z,2\n',
    );
    expect(found.roles).toEqual(['time', 'ignore', 'value']);
    expect(found.doubts).toEqual(['Columns "start", "end" all hold timestamps; "start" is used.']);
  });

  it('no header and no time: in doubt about both; columns numbered', async () => {
    const found = await preview('1,2\n3,4\n');
    expect(found.header).toBe(false);
    expect(found.names).toEqual(['column 1', 'column 2']);
    expect(found.doubts).toHaveLength(2);
    expect(found.doubts[0]).toBe(
      'The first row does not look like a header, so the columns are numbered.',
    );
  });

  it('a host column named host: long, nothing in doubt', async () => {
    const found = await preview('time,host,cpu\n1709251200,a,1\n1709251200,b,2\n');
    expect(found).toMatchObject({ roles: ['time', 'host', 'value'], doubts: [] });
  });

  it('cell units per column, from Grafana formatted values', async () => {
    const found = await preview('"Time","cpu","lat"\n2026-11-26 10:00:00,41.2%,350 ms\n');
    expect(found.cellUnits).toEqual(['', '%', 's']);
  });

  it('honours options: delimiter, header and the roles chosen (no doubts then)', async () => {
    const found = await preview('a;b\n1;2\n', {
      delimiter: ';',
      header: false,
      columns: ['value', 'value'],
    });
    expect(found).toMatchObject({ delimiter: ';', header: false, doubts: [] });
    expect(found.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses roles that do not fit, saying why', async () => {
    const outcome = await inspectMetrics('a,b\n1,2\n', { columns: ['time', 'value'] });
    expect(outcome).toEqual({
      ok: true,
      preview: expect.objectContaining({ roles: ['time', 'value'] }),
    });
    expect(await inspectMetrics('a,b\nx,2\n', { columns: ['time', 'value'] })).toEqual({
      ok: false,
      reason: 'Column "a" does not hold timestamps.',
    });
  });

  it.each([
    ['Prometheus JSON', '{"status":"success","data":{"resultType":"matrix","result":[]}}'],
    ['InfluxDB annotated CSV', '#group,false\n#datatype,string\n,result,table,_time,_value\n'],
  ])('%s has its own layout: no preview', async (_, text) => {
    expect(await inspectMetrics(text)).toEqual({ ok: true, preview: null });
  });

  it.each([
    ['', 'The file is empty.'],
    ['a\u0000b', 'The file is not CSV text'],
    ['name,text\nx,y\n', 'The file has no numeric column'],
  ])('refuses %j with the reason readMetrics gives', async (text, reason) => {
    const outcome = await inspectMetrics(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok || outcome.reason).toContain(reason);
  });

  it('cuts long cells in the preview to 80 characters', async () => {
    const found = await preview(`time,cpu\n1709251200,${'9'.repeat(100)}\n`);
    expect(found.rows[0][1]).toHaveLength(80);
  });
});
