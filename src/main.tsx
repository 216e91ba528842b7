import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import { openSavedDashboard } from './store/savedDashboard';
import { startFromLink } from './store/shareLink';
import { superviseAnalysisWorker } from './store/recovery';
import { spawnWorker } from './worker/spawnWorker';
import './styles.css';

superviseAnalysisWorker(spawnWorker);
if (!openSavedDashboard(document)) void startFromLink(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
