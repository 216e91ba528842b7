import { openSavedDashboard } from './store/savedDashboard';
import { startFromLink } from './store/shareLink';
import { superviseAnalysisWorker } from './store/recovery';
import { spawnWorker } from './worker/spawnWorker';
import { loadDashboard } from './components/shell/loadDashboard';
import './styles.css';

// The worker starts, and the data set loads in it, before the dashboard's code (React, ECharts,
// every panel) is even fetched: that code is a chunk of its own, evaluated while the worker works.
superviseAnalysisWorker(spawnWorker);
if (!openSavedDashboard(document)) void startFromLink(window);

void loadDashboard().then(({ mountApp }) => mountApp(document.getElementById('root')!));
