// Sums Vitest's "Tests  N passed" lines from a log on stdin into one plain closing line
// ("tests: N passed, N failed"), so CI can read the count of all the runs `npm test` makes.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(readFileSync(0, 'utf8'));
let passed = 0;
let failed = 0;
for (const line of log.split('\n')) {
  const match = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!match) continue;
  passed += Number(/(\d+) passed/.exec(match[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(match[1])?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 ? 0 : 1);
