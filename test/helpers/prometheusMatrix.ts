/** A Prometheus query_range answer: one series, `up`, at two minutes (1 then 0). */
export const UP_MATRIX = {
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {
        metric: { __name__: 'up' },
        values: [
          [1700000000, '1'],
          [1700000060, '0'],
        ],
      },
    ],
  },
};
