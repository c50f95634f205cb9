/**
 * "Did you mean …" for a misspelled field: the known name nearest to what was written,
 * when it is near enough to be a slip (case, a letter or two, a plural).
 * @internal
 */

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/** The known name `written` is most likely a slip for, if any. */
export function nearest(written: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(written, name);
    // A slip is small next to the name: one edit in a short name, two in a longer one.
    const limit = Math.max(1, Math.min(2, Math.floor(name.length / 3)));
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** The message for a field the schema does not know. */
export function unknownField(written: string, known: readonly string[]): string {
  const guess = nearest(written, known);
  return `unknown field "${written}"${guess ? `; did you mean "${guess}"?` : ''}`;
}
