// n → the text of a ranking table shaped like the seed (tabs, decimal commas, ranks printed on the first of a tie).

/** A deterministic pseudo-random generator (mulberry32), so every run times the same table. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER =
  'Rang\tClassement général "les plus ouvertes à l\'international"\tTemps moyen passé à l\'étranger par les étudiants (en mois)';

/** A table of n schools with months in tenths from 0 to 12, sorted, with a header repeated every 70 rows. */
export function generateTable(n: number, seed = 1): string {
  const next = random(seed);
  const months = Array.from({ length: n }, () => Math.round(next() * 120) / 10).sort(
    (a, b) => b - a,
  );
  const lines = ['', '', HEADER];
  let rank = 0;
  months.forEach((m, i) => {
    if (i > 0 && i % 70 === 0) lines.push('', HEADER);
    const tied = i > 0 && months[i - 1] === m;
    if (!tied) rank = i + 1;
    lines.push(
      `${tied ? '' : rank}\tÉcole d'ingénieurs n° ${i + 1}\t${String(m).replace('.', ',')}`,
    );
  });
  return lines.join('\n');
}
