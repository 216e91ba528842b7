import { openSavedDashboard } from './store/savedDashboard';
import { startFromLink } from './store/shareLink';
import { attachClient } from './store/state';
import { startWorker } from './worker/client';
import { loadDashboard } from './components/shell/loadDashboard';
import './styles.css';

// The worker starts, and the data set loads in it, before the dashboard's code (React, ECharts,
// every panel) is even fetched: that code is a chunk of its own, evaluated while the worker works.
attachClient(startWorker().client);
if (!openSavedDashboard(document)) void startFromLink(window);

void loadDashboard().then(({ mountApp }) => mountApp(document.getElementById('root')!));
