// Fails loudly, with the fix, when Debian's Chromium is missing: browser tests never skip silently.
import { accessSync, constants } from 'node:fs';

const path = '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Browser tests need Debian's Chromium at ${path}, which is missing.\n` +
      'Install it with: sudo apt-get update && sudo apt-get install -y chromium',
  );
  process.exit(1);
}
