import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { LEVEL_LABELS } from '../../../../shared/framework/levels';
import type { ProfessionId } from '../../../../shared/framework/professions';
import { formatRatio } from '../../../../shared/workforce/metrics';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { ladderSeries } from '../../../../shared/workforce/series';
import type { LadderRow } from '../../../../shared/workforce/series';
import { LINE_STYLES, LineSample, Marker, PARITY_COLOUR, THRESHOLD_COLOUR, THRESHOLD_DASH } from './chart-style';
import { ceilingText, measureName, SHORT_LEVEL_LABELS } from './format';

/** Fixed, so the chart draws the same on screen, in screenshots and in the PDF, and fits a 1024 px window. */
const WIDTH = 880;
const HEIGHT = 400;
const MARGIN = { top: 16, right: 64, bottom: 36, left: 20 };
/** Tick labels closer than this (in pixels) would run into each other. */
const MIN_TICK_GAP = 20;
/** Where the axis may end: the first of these at or above the highest index. */
const AXIS_ENDS = [2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300, 500, 1000];
/** Ticks offered after 0, the threshold band and parity, most useful first. */
const EXTRA_TICKS = [0.5, 2, 4, 0.25, 8, 1.5, 3, 6, 10, 15, 20, 30, 50, 100, 200, 500, 0.75];
const TICK_STYLE = { fill: '#212b32', fontSize: 14 };

type ChartRow = LadderRow & { readonly short: string };

/**
 * The y-axis runs on a square-root scale: it keeps 0 (a profession absent from a level) on the
 * chart, as a log scale could not, while leaving room to read the band around the threshold and
 * parity when one small profession's index runs to 10 or more. 0, 1 and the top always get a
 * tick; others (0.5 first) only where their labels have room.
 */
function axisFor(rows: readonly LadderRow[], lines: readonly ProfessionId[], height: number): { max: number; ticks: number[] } {
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  let highest = 0;
  for (const row of rows) {
    for (const id of lines) {
      const ri = row[id];
      if (typeof ri === 'number' && ri > highest) highest = ri;
    }
  }
  const max = AXIS_ENDS.find((end) => end >= highest) ?? Math.ceil(highest);
  const position = (value: number) => (Math.sqrt(value) / Math.sqrt(max)) * plotHeight;
  const ticks = [0, 1, max];
  for (const tick of EXTRA_TICKS) {
    if (tick < max && ticks.every((t) => Math.abs(position(t) - position(tick)) >= MIN_TICK_GAP)) ticks.push(tick);
  }
  return { max, ticks: ticks.sort((a, b) => a - b) };
}

function summaryOf(analysis: WorkforceAnalysis, rows: readonly LadderRow[], lineCount: number): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const span = first && last ? `from ${LEVEL_LABELS[first.levelId]} to ${LEVEL_LABELS[last.levelId]}` : '';
  const ceilings = analysis.professions
    .filter((p) => p.hasStaff)
    .map((p) => `${p.label}: ${ceilingText(p.ceiling).toLowerCase().replace(/^band/, 'Band')}`)
    .join('; ');
  return (
    `Line chart of the representation index by ${measureName(analysis.measure)}, one line for each of ${lineCount} professions, ` +
    `${span}, with a parity line at 1 and the ceiling threshold at ${analysis.threshold}. Ceilings: ${ceilings}. ` +
    'The same figures are in the table after the chart.'
  );
}

/**
 * `width` and `height` default to the screen's; the printed report passes its own to fit A4, and
 * leaves out the table here because it prints the figures in full beside the chart.
 */
export function LadderChart({
  analysis,
  width = WIDTH,
  height = HEIGHT,
  withTable = true,
}: {
  readonly analysis: WorkforceAnalysis;
  readonly width?: number;
  readonly height?: number;
  readonly withTable?: boolean;
}) {
  const series = useMemo(() => ladderSeries(analysis), [analysis]);
  const rows = useMemo((): ChartRow[] => series.rows.map((row) => ({ ...row, short: SHORT_LEVEL_LABELS[row.levelId] })), [series]);
  const axis = useMemo(() => axisFor(series.rows, series.lines.map((l) => l.professionId), height), [series, height]);
  const hasLowConfidence = series.rows.some((row) => row.lowConfidence.length > 0);

  if (series.lines.length === 0 || rows.length === 0) {
    return <p>There are no clinical staff in this snapshot, so there is nothing to chart.</p>;
  }

  return (
    <>
      <figure className="app-ladder">
        <div className="app-ladder__chart" role="img" aria-label={summaryOf(analysis, series.rows, series.lines.length)} data-testid="ladder-chart">
          <LineChart width={width} height={height} data={rows} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke="#d8dde0" vertical={false} />
            <XAxis
              dataKey="short"
              tick={TICK_STYLE}
              tickLine={false}
              interval={0}
              stroke="#4c6272"
              label={{ value: 'Level', position: 'insideBottom', offset: -24, fill: '#212b32', fontSize: 14 }}
            />
            <YAxis
              type="number"
              scale="sqrt"
              domain={[0, axis.max]}
              ticks={axis.ticks}
              interval={0}
              tick={TICK_STYLE}
              stroke="#4c6272"
              width={48}
              label={{ value: 'Representation index', angle: -90, position: 'insideLeft', offset: 4, dy: 70, fill: '#212b32', fontSize: 14 }}
            />
            {analysis.threshold !== 1 && (
              <ReferenceLine
                y={analysis.threshold}
                stroke={THRESHOLD_COLOUR}
                strokeDasharray={THRESHOLD_DASH}
                strokeWidth={1.5}
                className="app-threshold-line"
              />
            )}
            <ReferenceLine
              y={1}
              stroke={PARITY_COLOUR}
              strokeWidth={2}
              className="app-parity-line"
              label={{ value: 'Parity', position: 'right', fill: PARITY_COLOUR, fontSize: 14 }}
            />
            {series.lines.map((line) => {
              const style = LINE_STYLES[line.professionId];
              const dot = (props: DotItemDotProps) => {
                const { cx, cy } = props;
                if (typeof cx !== 'number' || typeof cy !== 'number') return null;
                const row = props.payload as ChartRow;
                return (
                  <Marker shape={style.marker} colour={style.colour} cx={cx} cy={cy} hollow={row.lowConfidence.includes(line.professionId)} />
                );
              };
              return (
                <Line
                  key={line.professionId}
                  dataKey={line.professionId}
                  name={line.label}
                  type="linear"
                  stroke={style.colour}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash || undefined}
                  dot={dot}
                  activeDot={false}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </div>
        <figcaption>
          <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">Key</h3>
          <ul className="app-legend" data-testid="ladder-legend">
            {series.lines.map((line) => (
              <li key={line.professionId} className="app-legend__item">
                <LineSample style={LINE_STYLES[line.professionId]} />
                {line.label}
              </li>
            ))}
          </ul>
          <ul className="app-legend app-legend--notes">
            <li className="app-legend__item">
              <svg className="app-legend__sample" width="56" height="20" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
                <line x1="2" y1="10" x2="54" y2="10" stroke={PARITY_COLOUR} strokeWidth="2" />
              </svg>
              Parity (1): the profession’s share at the level equals its share of all clinical staff
            </li>
            {analysis.threshold !== 1 && (
              <li className="app-legend__item">
                <svg className="app-legend__sample" width="56" height="20" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
                  <line x1="2" y1="10" x2="54" y2="10" stroke={THRESHOLD_COLOUR} strokeWidth="1.5" strokeDasharray={THRESHOLD_DASH} />
                </svg>
                Ceiling threshold ({analysis.threshold})
              </li>
            )}
            {hasLowConfidence && (
              <li className="app-legend__item">
                <svg className="app-legend__sample" width="56" height="20" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
                  <Marker shape="circle" colour="#212b32" cx={28} cy={10} size={5} hollow />
                </svg>
                Hollow marker: the figure rests on fewer than 10 people
              </li>
            )}
          </ul>
          <p className="nhsuk-body-s app-muted">
            The vertical scale is stretched near zero (a square-root scale) so the levels around the threshold and parity can be
            read even when one small profession’s index is very high.
          </p>
        </figcaption>
      </figure>
      {withTable && (
      <details className="nhsuk-details" data-testid="ladder-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the chart as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <LadderTable analysis={analysis} rows={series.rows} lines={series.lines} />
        </div>
      </details>
      )}
    </>
  );
}

function LadderTable({
  analysis,
  rows,
  lines,
}: {
  readonly analysis: WorkforceAnalysis;
  readonly rows: readonly LadderRow[];
  readonly lines: ReturnType<typeof ladderSeries>['lines'];
}) {
  const anyLow = rows.some((row) => row.lowConfidence.length > 0);
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="ladder-table-caption" tabIndex={0}>
      <table className="nhsuk-table app-figures-table" data-testid="ladder-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="ladder-table-caption">
          Representation index by level and profession, by {measureName(analysis.measure)}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Level</th>
            {lines.map((line) => (
              <th className="nhsuk-table__header app-numeric" scope="col" key={line.professionId}>
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={row.levelId}>
              <th className="nhsuk-table__header" scope="row">{row.label}</th>
              {lines.map((line) => {
                const low = row.lowConfidence.includes(line.professionId);
                return (
                  <td className="nhsuk-table__cell app-numeric" key={line.professionId}>
                    {formatRatio(row[line.professionId] ?? null)}
                    {low && (
                      <>
                        <span aria-hidden="true">*</span>
                        <span className="nhsuk-u-visually-hidden"> (low confidence)</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {anyLow && <p className="nhsuk-body-s">* Low confidence: the figure rests on fewer than 10 people.</p>}
    </div>
  );
}
