import { isNeeds } from '../../../analysis/views/needs';
import { PANEL_TITLES, type PanelKey } from '../../../store/panels';
import { store, useMetricscope } from '../../../store/state';
import { downloadBlob, exportFileName, fileSlug } from '../../chart/download';
import { exportContext } from '../exportContext';
import { panelCsv } from '../panelCsv';
import { useResult } from './useResult';

/**
 * Excel reads a CSV without a byte-order mark in the system's legacy code page, which garbles σ, ×
 * and non-ASCII series names; with it, UTF-8. Other readers (pandas, R, LibreOffice) skip it.
 */
const UTF8_BOM = '\uFEFF';

/**
 * "CSV": downloads the panel's numbers (PANEL_CSV of its newest result) as
 * metricscope-<panel>-<yyyy-mm-dd>.csv, UTF-8. Named "Download <panel title> data as CSV";
 * disabled until the panel has a result, and absent while the data cannot feed the panel.
 */
export function CsvButton({ panel }: { panel: PanelKey }) {
  const view = useResult(panel);
  const needs = useMetricscope((s) => isNeeds(s.results[panel]));
  const timeZone = useMetricscope((s) => s.timeZone);
  if (needs) return null;
  const save = () => {
    if (!view) return;
    const text = panelCsv(panel, view, exportContext(store.getState()));
    const blob = new Blob([UTF8_BOM, text], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, exportFileName(fileSlug(panel), 'csv', Date.now(), timeZone));
  };
  return (
    <button
      type="button"
      className="secondary panel-export"
      disabled={!view}
      aria-label={`Download ${PANEL_TITLES[panel]} data as CSV`}
      onClick={save}
    >
      CSV
    </button>
  );
}
