import type { FarmPeerRun } from '../../../analysis/views/farmPeers';
import type { FarmView } from '../../../analysis/views/farmView';
import { farmSpan } from '../../../charts/farmHeatmapOption';
import { formatNumber, MISSING, type TimeZone } from '../../../charts/formatNumber';

/**
 * A fraction as a percentage with its sign always shown, 3 significant digits (formatNumber);
 * NaN -> '–'.
 * @example signedPercent(0.3824) // '+38.2 %'
 * @example signedPercent(-14.376) // '−1,438 %'
 */
export function signedPercent(fraction: number): string {
  if (Number.isNaN(fraction)) return MISSING;
  return `${fraction < 0 ? '−' : '+'}${formatNumber(Math.abs(100 * fraction))} %`;
}

/**
 * A peer-outlier run in one sentence: the host, its peak σ and direction, how far it was from the
 * fleet median there (left out when that median is 0), and when, as farmSpan says it (a time span
 * in `zone` on a timed farm, else steps).
 * @example peerRunWords(run, null, 'utc')
 * // 'web-07 is 5.2σ above its peers (+38 % over the fleet median), steps 120–133'
 */
export function peerRunWords(run: FarmPeerRun, time: FarmView['time'], zone: TimeZone): string {
  const versus = Number.isNaN(run.relative)
    ? ''
    : ` (${signedPercent(run.relative)} ${run.relative < 0 ? 'under' : 'over'} the fleet median)`;
  return (
    `${run.host} is ${Math.abs(run.peak).toFixed(1)}σ ${run.direction} its peers${versus}, ` +
    farmSpan(time, zone, run.from, run.to)
  );
}
