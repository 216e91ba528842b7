import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/io/csv/detectDelimiter';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'time,cpu,mem\n1,2,3\n4,5,6\n', ','],
    ['semicolon with decimal commas', 'time;value\n2024-01-01;1,5\n2024-01-02;2,5\n', ';'],
    ['tab', 'time\tcpu\n1\t2\n', '\t'],
    ['semicolon with quoted commas', '"a,b";c\n"1,2";3\n', ';'],
    ['comma with quoted semicolons', '"a;b",c\n"1;2",3\n', ','],
    ['one column', 'value\n1\n2\n', ','],
  ])('%s gives %j', (_, head, expected) => {
    expect(detectDelimiter(head)).toBe(expected);
  });

  it('prefers the delimiter that splits rows into more fields when both are consistent', () => {
    expect(detectDelimiter('a;b,c;d\n1;2,3;4\n')).toBe(';');
  });

  it('honours a lone-CR line end', () => {
    expect(detectDelimiter('a;b\r1;2\r', '\r')).toBe(';');
  });
});
