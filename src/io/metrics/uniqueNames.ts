/**
 * `names` with repeats made unique by a suffix: the second 'cpu' becomes 'cpu (2)', the third
 * 'cpu (3)', skipping suffixed names that are already taken. Blank names become 'column N'.
 * @example uniqueNames(['cpu', 'cpu', '']) // ['cpu', 'cpu (2)', 'column 3']
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw, j) => {
    const name = raw === '' ? `column ${j + 1}` : raw;
    let unique = name;
    for (let k = 2; taken.has(unique); k++) unique = `${name} (${k})`;
    taken.add(unique);
    return unique;
  });
}
