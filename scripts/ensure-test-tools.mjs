// Makes sure the Debian packages the browser tests need are installed: Chromium (browser and e2e
// tests) and Prometheus with promtool (the live-source test). Where one is missing it installs
// them with apt-get when it can (as root, or with passwordless sudo); otherwise it stops with the
// one command to run. Browser tests never skip silently, and never use a downloaded browser.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const NEEDED = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/prometheus', pkg: 'prometheus' },
  { path: '/usr/bin/promtool', pkg: 'prometheus' },
];

const present = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const packages = [...new Set(NEEDED.filter(({ path }) => !present(path)).map((n) => n.pkg))];
if (packages.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const asRoot = process.getuid?.() === 0;
const sudo = (() => {
  if (asRoot) return false;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!asRoot && !sudo) {
  console.error(
    `The browser tests need Debian's ${packages.join(' and ')}, which this machine lacks.\n` +
      `Install with: sudo sh -c '${command}'`,
  );
  process.exit(1);
}

console.log(`Installing Debian's ${packages.join(' and ')} for the browser tests`);
const run = (args) =>
  execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : ['-n', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', ...packages]);
const still = NEEDED.filter(({ path }) => !present(path)).map((n) => n.path);
if (still.length > 0) {
  console.error(`Still missing after installing: ${still.join(', ')}. Install with: ${command}`);
  process.exit(1);
}
