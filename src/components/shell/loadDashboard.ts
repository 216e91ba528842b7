/**
 * The dashboard's code (React, ECharts, every panel) as a chunk of its own, fetched and evaluated
 * while the worker loads the data set. `vite.single.config.ts` swaps this module for
 * `loadDashboard.inline.ts`: the single file has no chunks to fetch.
 */
export const loadDashboard = () => import('./mountApp');
