import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import { openSavedDashboard } from './store/savedDashboard';
import { startFromLink } from './store/shareLink';
import { attachClient } from './store/state';
import { startWorker } from './worker/client';
import './styles.css';

attachClient(startWorker().client);
if (!openSavedDashboard(document)) void startFromLink(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
