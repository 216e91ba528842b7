import { PANELS } from '../../store/panels';
import { useMetricscope } from '../../store/state';
import { PANEL_COMPONENTS } from '../panels/registry';
import { DropZone } from '../dataIn/DropZone';
import { FileError } from '../dataIn/FileError';
import { ConfirmPrometheus } from './ConfirmPrometheus';
import { Header } from './Header';
import { LinkNotices } from './LinkNotices';
import { LoadProgress } from '../dataIn/LoadProgress';
import { LoadingState } from './LoadingState';
import { useDocumentTheme } from './useDocumentTheme';
import { WorkerNotice } from './WorkerNotice';
import { MappingDialog } from '../dataIn/MappingDialog';
import { PrometheusResolution } from '../dataIn/PrometheusResolution';
import { ReadReportPanel } from '../dataIn/ReadReportPanel';
import { Report } from '../report/Report';
import { ZoomBar } from './ZoomBar';

/**
 * The page, in the colour scheme chosen (useDocumentTheme): header, then every panel in page order (one the data cannot feed says what it needs),
 * on a grid of two columns on wide screens. While the demo is generated, or if loading failed, it says so instead.
 * Above the panels: what happened when the analysis worker stopped, the linked zoom's range and its reset while zoomed (ZoomBar), a file being read, the step Prometheus data was fetched at, why a file could
 * not be read, or the last files' report. Files
 * dropped anywhere on the page are opened, through the column-mapping step when it is needed.
 */
export function App() {
  useDocumentTheme();
  const status = useMetricscope((s) => s.status);
  return (
    <div className="page">
      <Header />
      <DropZone />
      <MappingDialog />
      <ConfirmPrometheus />
      <main>
        <WorkerNotice />
        <LinkNotices />
        <LoadProgress />
        <PrometheusResolution />
        <FileError />
        <ReadReportPanel />
        <Report />
        {status === 'ready' ? (
          <div className="panels">
            <ZoomBar />
            {PANELS.map((panel) => {
              const PanelComponent = PANEL_COMPONENTS[panel];
              return <PanelComponent key={panel} />;
            })}
          </div>
        ) : (
          <LoadingState />
        )}
      </main>
    </div>
  );
}
