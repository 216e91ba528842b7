import { describe, expect, it } from 'vitest';
import { parseLineProtocol } from '../../../src/io/influx/parseLineProtocol';

// Examples from the InfluxDB v2 line protocol reference:
// https://docs.influxdata.com/influxdb/v2/reference/syntax/line-protocol/
describe('parseLineProtocol', () => {
  it('reads measurement, tags, fields of every type and the timestamp', () => {
    expect(
      parseLineProtocol(
        'myMeasurement,tag1=value1,tag2=value2 fieldKey="fieldValue",f=1.0,i=3i,u=4u,b=true 1556813561098000000',
      ),
    ).toEqual({
      measurement: 'myMeasurement',
      tags: [
        ['tag1', 'value1'],
        ['tag2', 'value2'],
      ],
      fields: [
        ['fieldKey', { type: 'string', value: 'fieldValue' }],
        ['f', { type: 'float', value: 1 }],
        ['i', { type: 'integer', value: 3 }],
        ['u', { type: 'uinteger', value: 4 }],
        ['b', { type: 'boolean', value: 1 }],
      ],
      timestamp: '1556813561098000000',
    });
  });

  it('reads a point without tags or timestamp', () => {
    expect(parseLineProtocol('home temp=21.5')).toEqual({
      measurement: 'home',
      tags: [],
      fields: [['temp', { type: 'float', value: 21.5 }]],
      timestamp: null,
    });
  });

  it('unescapes commas, spaces and equals signs in measurement, tag keys, values and field keys', () => {
    const point = parseLineProtocol(
      'my\\ Measurement,tag\\ Key1=tag\\ Value1,tag\\=Key2=tag\\,Value2 field\\ Key=1 1',
    );
    expect(point).toMatchObject({
      measurement: 'my Measurement',
      tags: [
        ['tag Key1', 'tag Value1'],
        ['tag=Key2', 'tag,Value2'],
      ],
      fields: [['field Key', { type: 'float', value: 1 }]],
    });
  });

  it('keeps commas, spaces and escaped quotes inside string field values', () => {
    const point = parseLineProtocol('m s="a, b=c \\"d\\" \\\\",x=2 1');
    expect(point?.fields).toEqual([
      ['s', { type: 'string', value: 'a, b=c "d" \\' }],
      ['x', { type: 'float', value: 2 }],
    ]);
  });

  it.each(['t', 'T', 'true', 'True', 'TRUE', 'f', 'F', 'false', 'False', 'FALSE'])(
    'reads the boolean %s as 0 or 1',
    (text) => {
      const value = parseLineProtocol(`m b=${text}`)?.fields[0][1];
      expect(value).toEqual({ type: 'boolean', value: /^t/i.test(text) ? 1 : 0 });
    },
  );

  it.each([
    ['no field set', 'measurement'],
    ['a field without =', 'm value'],
    ['a value of no type', 'm v=abc'],
    ['a negative unsigned integer', 'm v=-1u'],
    ['a timestamp that is not an integer', 'm v=1 soon'],
    ['a token after the timestamp', 'm v=1 1 2'],
    ['a tag without =', 'm,tag v=1'],
    ['a CSV header', 'time,host,metric,value'],
    ['a CSV row', '2024-01-01 00:00:00,1,2'],
    ['a Prometheus sample', 'up{job="a"} 1 1700000000000'],
  ])('is null for %s', (_, line) => {
    expect(parseLineProtocol(line)).toBeNull();
  });
});
