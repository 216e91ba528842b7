import { formatTime, type TimeZone } from '../../charts/formatNumber';

/**
 * How long a download's Blob URL is kept before it is revoked: the click only starts the download,
 * and some browsers read the Blob later (FileSaver.js waits 40 s for the same reason).
 */
const REVOKE_AFTER_MS = 40_000;

/**
 * Saves `blob` as a file named `fileName` in the browser's downloads: a Blob URL on a hidden
 * <a download>, clicked, then revoked once the download has had time to start. Nothing leaves the
 * browser.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The bytes of a base64 data URL ('data:image/png;base64,...') as a Blob of its media type.
 * @example dataUrlBlob('data:text/plain;base64,aGk=').size // 2
 */
export function dataUrlBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = dataUrl.slice(5, comma).replace(/;base64$/, '');
  const text = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * The name of an exported file: 'metricscope-<what>-<yyyy-mm-dd>.<extension>', dated `nowMs` on
 * the display time zone's calendar (the date the dashboard shows).
 * @example exportFileName('anomalies', 'csv', Date.UTC(2024, 2, 4, 12), 'utc') // 'metricscope-anomalies-2024-03-04.csv'
 */
export function exportFileName(
  what: string,
  extension: string,
  nowMs: number,
  zone: TimeZone,
): string {
  return `metricscope-${what}-${formatTime(nowMs, zone).slice(0, 10)}.${extension}`;
}

/**
 * A camelCase key as the kebab-case part of a file name.
 * @example fileSlug('percentileBands') // 'percentile-bands'
 */
export function fileSlug(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
