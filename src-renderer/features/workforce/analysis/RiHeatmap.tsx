import { useMemo } from 'react';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { heatmapCells, RI_BAND_LABELS } from '../../../../shared/workforce/series';
import type { HeatmapCell, HeatmapRow, RiBand } from '../../../../shared/workforce/series';
import { measureName } from './format';

const BAND_RANGES: Readonly<Record<RiBand, string>> = {
  'well-below': 'under 0.5',
  below: '0.5 to under 0.8',
  'near-parity': '0.8 to 1.25',
  above: 'over 1.25',
};

const BANDS: readonly RiBand[] = ['well-below', 'below', 'near-parity', 'above'];

function whyUndefined(row: HeatmapRow, levelHasStaff: boolean): string {
  if (!row.hasStaff) return 'not defined: no staff in this profession';
  return levelHasStaff ? 'not defined' : 'not defined: no clinical staff at this level';
}

function Cell({ cell, row, levelHasStaff }: { readonly cell: HeatmapCell; readonly row: HeatmapRow; readonly levelHasStaff: boolean }) {
  const classes = ['app-ri-cell', `app-ri-cell--${cell.band ?? 'none'}`, cell.isCeiling ? 'app-ri-cell--ceiling' : ''].filter(Boolean).join(' ');
  const spoken = [
    cell.band === null ? whyUndefined(row, levelHasStaff) : RI_BAND_LABELS[cell.band].toLowerCase(),
    cell.isCeiling ? 'the ceiling' : '',
    cell.lowConfidence ? 'low confidence' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <td className={classes}>
      {cell.isCeiling && (
        <span className="app-ri-cell__mark" aria-hidden="true">
          ◆
        </span>
      )}
      {cell.ri === null ? <span aria-hidden="true">–</span> : cell.text}
      {cell.lowConfidence && <span aria-hidden="true">*</span>}
      <span className="nhsuk-u-visually-hidden">{cell.ri === null ? spoken : `, ${spoken}`}</span>
    </td>
  );
}

/** The representation index of every profession at every level, shaded by band; the number is always written. */
export function RiHeatmap({ analysis }: { readonly analysis: WorkforceAnalysis }) {
  const rows = useMemo(() => heatmapCells(analysis), [analysis]);
  return (
    <>
      <div className="app-table-scroll" role="region" aria-labelledby="ri-heatmap-caption" tabIndex={0}>
        <table className="nhsuk-table app-ri-heatmap" data-testid="ri-heatmap">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="ri-heatmap-caption">
            Representation index of each profession at each level, by {measureName(analysis.measure)}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Profession</th>
              {analysis.levels.map((level) => (
                <th className="nhsuk-table__header app-ri-heatmap__level" scope="col" key={level.levelId}>
                  {level.label.replace(/^Band /, 'Band\u00a0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr className="nhsuk-table__row" key={row.professionId} data-testid={`heatmap-row-${row.professionId}`}>
                <th className="nhsuk-table__header" scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <Cell key={cell.levelId} cell={cell} row={row} levelHasStaff={analysis.levels[i]?.hasClinicalStaff ?? false} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">Key to the heatmap</h3>
      <ul className="app-legend app-heatmap-key" data-testid="heatmap-key">
        {BANDS.map((band) => (
          <li className="app-legend__item" key={band}>
            <span className={`app-heatmap-key__swatch app-ri-cell--${band}`} aria-hidden="true" />
            {RI_BAND_LABELS[band]}: {BAND_RANGES[band]}
          </li>
        ))}
        <li className="app-legend__item">
          <span className="app-heatmap-key__swatch app-ri-cell--ceiling" aria-hidden="true">
            ◆
          </span>
          The profession’s ceiling (a thick border and ◆)
        </li>
        <li className="app-legend__item">
          <span className="app-heatmap-key__swatch app-heatmap-key__swatch--text" aria-hidden="true">
            *
          </span>
          Low confidence: the figure rests on fewer than 10 people
        </li>
        <li className="app-legend__item">
          <span className="app-heatmap-key__swatch app-heatmap-key__swatch--text" aria-hidden="true">
            –
          </span>
          Not defined: no clinical staff at the level, or none in the profession
        </li>
      </ul>
    </>
  );
}
