// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { farmView } from '../../../../src/analysis/views/farmView';
import { LISTED_PEER_RUNS } from '../../../../src/analysis/views/farmPeers';
import { PeerOutliers } from '../../../../src/components/panels/farm/PeerOutliers';
import { setTimeZone } from '../../../../src/store/settings';
import { deviantFarm } from '../../../analysis/views/deviantFarm';
import { inTimeZone } from '../../../charts/inTimeZone';
import '../../renderWithStore';

const table = () => screen.getByRole('table', { name: 'Peer outliers' });
const cells = () =>
  within(table())
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/** The deviant farm's view: web-5's cpu apart from minute 40 (window 5 carries it to 74). */
function view({ timed = true, threshold = 3 } = {}) {
  return farmView(deviantFarm({ timed }), { peerWindow: 5, peerThreshold: threshold });
}

function show(v: ReturnType<typeof farmView>) {
  return render(<PeerOutliers peers={v.peers} servers={v.order.length} time={v.time} />);
}

describe('PeerOutliers', () => {
  inTimeZone('America/New_York');

  it('lists each run: server, from, to (UTC), peak σ and distance from the fleet median', () => {
    show(view());
    // web-5 peaks at step 58, in the trough of the wave: 30 points over a fleet median near 33
    // (+92.7 %) and a fleet σ under 1 (44σ).
    expect(cells()).toEqual([
      ['Server', 'From (UTC)', 'To (UTC)', 'Peak', 'vs fleet median'],
      ['web-5', '2024-01-01 00:40', '2024-01-01 01:14', '+44.0 σ', '+92.7 %'],
    ]);
    expect(within(table()).getByRole('rowheader')).toHaveTextContent('web-5');
  });

  it('states its rule with the window and threshold used, and the largest run in words', () => {
    show(view());
    expect(
      screen.getByText(
        "Peer outliers: each server's robust z against the fleet's median and MAD at every step, " +
          'averaged over 5 steps, beyond ±3.0 σ.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(/^1 run on 1 server\. Largest: web-5 is \d+\.\dσ above its peers/),
    ).toHaveTextContent(/over the fleet median\), 2024-01-01 00:40 – 01:14 UTC\.$/);
  });

  it('gives the times on the browser’s clock when the display zone is local', () => {
    act(() => setTimeZone('local'));
    show(view());
    expect(cells()[0].slice(1, 3)).toEqual(['From (local)', 'To (local)']);
    expect(cells()[1].slice(1, 3)).toEqual(['2023-12-31 19:40', '2023-12-31 20:14']);
  });

  it('gives first and last step on an untimed farm', () => {
    show(view({ timed: false }));
    expect(cells()[0].slice(1, 3)).toEqual(['From step', 'To step']);
    expect(cells()[1].slice(1, 3)).toEqual(['40', '73']);
  });

  it('says so when no server stands apart, with no table', () => {
    show(view({ threshold: 100 }));
    expect(screen.getByText('No server stood apart from its peers.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says a peer comparison needs 3 servers on a farm of 2', () => {
    render(<PeerOutliers peers={null} servers={2} time={null} />);
    expect(
      screen.getByText('Peer comparison needs at least 3 servers; this farm has 2.'),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says how many it lists when there are more runs than it lists', () => {
    const v = view();
    const run = v.peers!.runs[0];
    const runs = Array.from({ length: LISTED_PEER_RUNS }, (_, i) => ({
      ...run,
      from: run.from + i,
    }));
    const peers = { ...v.peers!, runs, count: 35, hosts: 4 };
    render(<PeerOutliers peers={peers} servers={8} time={v.time} />);
    expect(
      screen.getByText(
        new RegExp(`^35 runs on 4 servers, the ${LISTED_PEER_RUNS} largest listed\\. Largest: `),
      ),
    ).toBeVisible();
    expect(cells()).toHaveLength(LISTED_PEER_RUNS + 1);
  });

  it('renders a malicious server name as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const v = view();
    const peers = { ...v.peers!, runs: [{ ...v.peers!.runs[0], host: evil }] };
    render(<PeerOutliers peers={peers} servers={8} time={v.time} />);
    expect(within(table()).getByRole('rowheader')).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });
});
