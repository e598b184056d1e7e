import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { formatScore } from '../../../../shared/report/build-report';
import type { ReportModel, ThemeScore } from '../../../../shared/report/build-report';

const WIDTH = 640;
const HEIGHT = 330;
const NOW_COLOUR = '#005eb8';
const PREVIOUS_COLOUR = '#4c6272';

function changeText(t: ThemeScore): string {
  if (t.score === null || t.previousScore === null) return '–';
  const change = t.score - t.previousScore;
  if (Math.abs(change) < 0.05) return 'No change';
  return `${change > 0 ? 'Up' : 'Down'} ${formatScore(Math.abs(change))}`;
}

function chartSummary(themes: readonly ThemeScore[], withPrevious: boolean): string {
  const parts = themes.map((t) => {
    const now = t.score === null ? 'not rated' : formatScore(t.score);
    const then = withPrevious ? `, previously ${t.previousScore === null ? 'not rated' : formatScore(t.previousScore)}` : '';
    return `${t.theme.title} ${now}${then}`;
  });
  return `Radar chart of the mean rating of each theme, from 1 to 5: ${parts.join('; ')}. The same figures are in the table below.`;
}

export function ThemeRatings({ model }: { readonly model: ReportModel }) {
  const previous = model.themes.some((t) => t.previousScore !== null) ? model.previous : null;
  const withPrevious = previous !== null;
  const data = model.themes.map((t) => ({
    label: t.score === null ? `${t.theme.title} (not rated)` : t.theme.title,
    score: t.score ?? 0,
    previous: t.previousScore ?? 0,
  }));
  return (
    <section className="app-report__section" aria-labelledby="report-themes">
      <h2 id="report-themes">Theme ratings</h2>
      <p>
        Each theme’s score is the mean of the board’s agreed ratings of its key questions, on the framework’s maturity scale from 1
        (not started) to 5 (exemplary).
        {previous ? ` The dashed line is the previous workshop (${previous.dateText}).` : ''}
      </p>
      <figure className="app-report__figure">
        <div role="img" aria-label={chartSummary(model.themes, withPrevious)} data-report-chart="radar" data-testid="radar-chart">
          <RadarChart width={WIDTH} height={HEIGHT} data={data} outerRadius={120} accessibilityLayer={false}>
            <PolarGrid stroke="#aeb7bd" />
            <PolarAngleAxis dataKey="label" tick={{ fill: '#212b32', fontSize: 13 }} />
            <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: '#4c6272', fontSize: 11 }} stroke="#aeb7bd" />
            {withPrevious && (
              <Radar
                name="Previous workshop"
                dataKey="previous"
                stroke={PREVIOUS_COLOUR}
                strokeDasharray="5 4"
                strokeWidth={2}
                fill="none"
                isAnimationActive={false}
              />
            )}
            <Radar
              name="This workshop"
              dataKey="score"
              stroke={NOW_COLOUR}
              strokeWidth={2.5}
              fill={NOW_COLOUR}
              fillOpacity={0.15}
              dot={{ r: 3, fill: NOW_COLOUR }}
              isAnimationActive={false}
            />
          </RadarChart>
        </div>
      </figure>
      <table className="app-report__table">
        <caption>Mean rating of each theme{withPrevious ? ', and the change since the previous workshop' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col">Questions rated</th>
            <th scope="col" className="app-report__numeric">
              Score
            </th>
            {withPrevious && (
              <>
                <th scope="col" className="app-report__numeric">
                  Previous
                </th>
                <th scope="col">Change</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {model.themes.map((t) => (
            <tr key={t.theme.id}>
              <th scope="row">
                {t.theme.number}. {t.theme.title}
              </th>
              <td>
                {t.rated} of {t.questions}
              </td>
              <td className="app-report__numeric">{t.score === null ? 'Not rated' : formatScore(t.score)}</td>
              {withPrevious && (
                <>
                  <td className="app-report__numeric">{t.previousScore === null ? 'Not rated' : formatScore(t.previousScore)}</td>
                  <td>{changeText(t)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
