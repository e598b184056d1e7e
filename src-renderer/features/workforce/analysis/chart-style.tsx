import type { ProfessionId } from '../../../../shared/framework/professions';

/**
 * How each profession's line is drawn. Colour is never the only difference: every line has its
 * own dash pattern and marker shape too. The colours are NHS palette colours with at least 4.5:1
 * contrast against white, well above the 3:1 that lines and markers need.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle-up' | 'diamond' | 'triangle-down' | 'plus' | 'star' | 'cross' | 'hexagon';

export type LineStyle = {
  readonly colour: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  readonly dash: string;
  readonly marker: MarkerShape;
};

export const LINE_STYLES: Readonly<Record<ProfessionId, LineStyle>> = {
  ahp: { colour: '#005eb8', dash: '', marker: 'circle' },
  doctors: { colour: '#d5281b', dash: '10 4', marker: 'square' },
  'healthcare-scientists': { colour: '#007f3b', dash: '2 3', marker: 'triangle-up' },
  midwives: { colour: '#ae2573', dash: '12 3 3 3', marker: 'diamond' },
  nurses: { colour: '#330072', dash: '', marker: 'triangle-down' },
  pharmacists: { colour: '#4c6272', dash: '6 3', marker: 'plus' },
  psychologists: { colour: '#7c2855', dash: '2 2 8 2', marker: 'star' },
  'social-workers': { colour: '#003087', dash: '14 4', marker: 'cross' },
  'other-clinical': { colour: '#212b32', dash: '4 4', marker: 'hexagon' },
};

export const PARITY_COLOUR = '#212b32';
export const THRESHOLD_COLOUR = '#4c6272';
export const THRESHOLD_DASH = '3 3';

function polygon(points: ReadonlyArray<readonly [number, number]>, cx: number, cy: number): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${(cx + x).toFixed(2)},${(cy + y).toFixed(2)}`).join(' ')} Z`;
}

function regular(count: number, radius: number, rotation: number): Array<[number, number]> {
  return Array.from({ length: count }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / count;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

function star(radius: number): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? radius : radius * 0.45;
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

/** A thick plus, as a polygon so it can be drawn hollow like the other markers. */
function plus(radius: number, rotation: number): Array<[number, number]> {
  const a = radius;
  const b = radius * 0.35;
  const points: Array<[number, number]> = [
    [-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b],
  ];
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  return points.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos]);
}

/** The outline of a marker centred on (cx, cy), about 2 × size across. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  switch (shape) {
    case 'circle':
      return `M${cx - size},${cy} a${size},${size} 0 1,0 ${2 * size},0 a${size},${size} 0 1,0 ${-2 * size},0 Z`;
    case 'square':
      return polygon(regular(4, size * 1.25, Math.PI / 4), cx, cy);
    case 'diamond':
      return polygon([[0, -size * 1.35], [size * 1.05, 0], [0, size * 1.35], [-size * 1.05, 0]], cx, cy);
    case 'triangle-up':
      return polygon(regular(3, size * 1.35, -Math.PI / 2), cx, cy + size * 0.2);
    case 'triangle-down':
      return polygon(regular(3, size * 1.35, Math.PI / 2), cx, cy - size * 0.2);
    case 'plus':
      return polygon(plus(size * 1.2, 0), cx, cy);
    case 'cross':
      return polygon(plus(size * 1.25, Math.PI / 4), cx, cy);
    case 'star':
      return polygon(star(size * 1.45), cx, cy);
    case 'hexagon':
      return polygon(regular(6, size * 1.15, 0), cx, cy);
  }
}

type MarkerProps = {
  readonly shape: MarkerShape;
  readonly colour: string;
  readonly cx: number;
  readonly cy: number;
  readonly size?: number;
  /** Hollow: the figure rests on fewer than 10 people. */
  readonly hollow?: boolean;
};

export function Marker({ shape, colour, cx, cy, size = 4.5, hollow = false }: MarkerProps) {
  return (
    <path
      d={markerPath(shape, cx, cy, size)}
      fill={hollow ? '#ffffff' : colour}
      stroke={colour}
      strokeWidth={hollow ? 2 : 1}
      className="app-ladder__marker"
    />
  );
}

/** A short sample of a line with its marker, for the legend. */
export function LineSample({ style, hollow = false }: { readonly style: LineStyle; readonly hollow?: boolean }) {
  return (
    <svg className="app-legend__sample" width="56" height="20" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
      <line x1="2" y1="10" x2="54" y2="10" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
      <Marker shape={style.marker} colour={style.colour} cx={28} cy={10} size={5} hollow={hollow} />
    </svg>
  );
}
