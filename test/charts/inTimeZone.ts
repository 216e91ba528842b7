import { afterAll, beforeAll } from 'vitest';

/**
 * Runs the enclosing describe block (or file) with the process in the IANA time zone `name`, so
 * 'local' times are predictable and differ from UTC; the zone before is put back afterwards, since
 * a test process may run other files next. Node applies a change of process.env.TZ at once.
 */
export function inTimeZone(name: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = name;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
