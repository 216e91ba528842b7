import { PANELS } from '../../store/panels';
import { useMetricscope } from '../../store/state';
import { PANEL_COMPONENTS } from '../panels/registry';
import { DropZone } from '../dataIn/DropZone';
import { FileError } from '../dataIn/FileError';
import { Header } from './Header';
import { LoadProgress } from '../dataIn/LoadProgress';
import { LoadingState } from './LoadingState';
import { MappingDialog } from '../dataIn/MappingDialog';
import { ReadReportPanel } from '../dataIn/ReadReportPanel';
import { Report } from '../report/Report';

/**
 * The page: header, then every panel in page order (one the data cannot feed says what it needs),
 * on a grid of two columns on wide screens. While the demo is generated, or if loading failed, it says so instead.
 * Above the panels: a file being read, why one could not be, or the last files' report. Files
 * dropped anywhere on the page are opened, through the column-mapping step when it is needed.
 */
export function App() {
  const status = useMetricscope((s) => s.status);
  return (
    <div className="page">
      <Header />
      <DropZone />
      <MappingDialog />
      <main>
        <LoadProgress />
        <FileError />
        <ReadReportPanel />
        <Report />
        {status === 'ready' ? (
          <div className="panels">
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
