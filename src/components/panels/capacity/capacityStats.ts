import type { CapacityProjection, CapacityView } from '../../../analysis/views/capacityView';
import { capacityDayLabel } from '../../../charts/capacityOption';
import { formatCountOf, formatValue, MISSING } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * A day over capacity `days` days after the history: 'day 14', or '2024-03-26 (in 14 days)' on
 * calendar days; null: 'not within 30 days', or '–' for a bound of an interval that could not be
 * estimated (`known` false).
 */
function dayOver(
  view: CapacityView,
  forecast: CapacityProjection,
  days: number | null,
  known = true,
): string {
  if (days === null) return known ? `not within ${view.forecastDays} days` : MISSING;
  if (view.dayZeroMs === null) return `day ${days}`;
  const date = capacityDayLabel(view, forecast.futureDays[days - 1]);
  return `${date} (in ${formatCountOf(days, 'day', 'days')})`;
}

/**
 * The Capacity panel's key figures: the linear trend's slope or Holt-Winters' season, the required
 * capacity, and the first day over capacity as a range: earliest likely (the interval's upper
 * bound crosses), expected, latest likely (its lower bound crosses). None without a forecast (too
 * little history: the panel says why instead).
 */
export function capacityStats(view: CapacityView): Stat[] {
  const forecast = view.forecast;
  if ('reason' in forecast) return [];
  const { earliest, expected, latest } = forecast.overCapacity;
  const known = Number.isFinite(forecast.upper[0]);
  return [
    view.plan
      ? { label: 'Slope', value: `${formatValue(view.plan.slope, view.unit)}/day` }
      : {
          label: 'Season',
          value: view.period > 1 ? formatCountOf(view.period, 'day', 'days') : 'none found',
        },
    { label: 'Required capacity', value: formatValue(forecast.requiredCapacity, view.unit) },
    {
      label: 'Earliest likely over capacity',
      value: dayOver(view, forecast, earliest, known),
      alert: earliest !== null,
    },
    {
      label: 'First day over capacity',
      value: dayOver(view, forecast, expected),
      alert: expected !== null,
    },
    {
      label: 'Latest likely over capacity',
      value: dayOver(view, forecast, latest, known),
      alert: latest !== null,
    },
  ];
}
