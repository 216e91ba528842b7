import { describe, expect, it } from 'vitest';
import { columnsWith, roleProblem, rolesOf } from '../../../src/io/metrics/columnRoles';
import type { Layout } from '../../../src/io/metrics/layout';
import { timeParser } from '../../../src/io/metrics/timeParser';

describe('columnRoles', () => {
  it('rolesOf names every column of a layout, unread columns "ignore"', () => {
    const layout: Layout = {
      format: 'long',
      header: true,
      names: ['t', 'h', 'm', 'dc', 'v', 'x'],
      width: 6,
      time: { index: 0, parser: timeParser(['1709251200'], true)! },
      host: 1,
      metric: 2,
      labels: [3],
      values: [4],
    };
    expect(rolesOf(layout)).toEqual(['time', 'host', 'metric', 'label', 'value', 'ignore']);
  });

  it('columnsWith lists the columns of a role in order', () => {
    expect(columnsWith(['value', 'time', 'value'], 'value')).toEqual([0, 2]);
    expect(columnsWith(['value'], 'host')).toEqual([]);
  });

  it.each([
    [['time', 'value'], 2, null],
    [['host', 'metric', 'label', 'label', 'value', 'ignore'], 6, null],
    [['value'], 2, 'The mapping names 1 columns but the file has 2.'],
    [['time', 'ignore'], 2, 'Choose at least one value column.'],
    [['host', 'host', 'value'], 3, 'Choose at most one host column.'],
    [['metric', 'metric', 'value'], 3, 'Choose at most one metric column.'],
  ] as const)('roleProblem(%j, %i) is %j', (roles, width, problem) => {
    expect(roleProblem(roles, width)).toBe(problem);
  });
});
