// Which chart, which picks are drawn, whether a filter fades schools → the legend drawn into its
// downloaded image (pure).
import { PICK_COLOURS } from '../charts/colours';
import type { Messages } from '../i18n/messages';
import type { LegendItem } from './svg';

export type ChartKind = 'ranking' | 'histogram' | 'strip';

/** A picked school as the chart draws it: its name and its pick colour. */
export interface PickedMark {
  name: string;
  colour: `#${string}`;
}

/** The picked schools found in `schools`, each in its pick colour (the colour of its place in
 * `picks`, as the charts draw it). */
export function pickedMarks(
  picks: readonly string[],
  schools: readonly { id: string; name: string }[],
): PickedMark[] {
  return picks.flatMap((id, i) => {
    const school = schools.find((s) => s.id === id);
    const colour = PICK_COLOURS[i % PICK_COLOURS.length];
    return school && colour ? [{ name: school.name, colour }] : [];
  });
}

/** The legend of one chart, in the page's language. */
export function chartLegend(
  kind: ChartKind,
  t: Messages,
  picked: readonly PickedMark[],
  filtered: boolean,
): LegendItem[] {
  const w = t.download.legend;
  const picks = picked.map((p): LegendItem => ({
    swatch: 'dot',
    colour: p.colour,
    label: w.picked(p.name),
  }));
  switch (kind) {
    case 'ranking':
      return [
        { swatch: 'dot', colour: 'accent', label: w.dot },
        { swatch: 'band', colour: 'band', label: w.band },
        ...picks,
      ];
    case 'histogram':
      return [{ swatch: 'bar', colour: 'accent', label: w.bar }];
    case 'strip':
      return [
        { swatch: 'dot', colour: 'accent', label: w.stripDot },
        ...(filtered ? [{ swatch: 'dot', colour: 'grid', label: w.stripOut } as const] : []),
        { swatch: 'box', colour: 'band', label: t.strip.box },
        ...picks,
      ];
  }
}
