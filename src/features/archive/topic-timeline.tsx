import type { TimelinePoint } from '../../domain/archive/types';
import { monthNames } from '../../domain/cite/dates';
import { pluralize } from '../../domain/words/pluralize';

const chart = { width: 600, height: 120, gap: 1 };

/** "2019-07" → "July 2019". */
function spellMonth(month: string): string {
  const [year = '', number = ''] = month.split('-');
  return `${monthNames[Number(number) - 1] ?? number} ${year}`;
}

/**
 * Mentions of a topic by month: bars drawn as SVG for the eye, and the same figures as a table for
 * screen readers (the drawing is hidden from them).
 */
export function TopicTimeline({
  label,
  timeline,
}: {
  readonly label: string;
  readonly timeline: readonly TimelinePoint[];
}) {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (first === undefined || last === undefined) return null;
  const most = Math.max(1, ...timeline.map((point) => point.mentions));
  const slot = chart.width / timeline.length;
  return (
    <figure className="topic-timeline">
      <svg
        viewBox={`0 0 ${String(chart.width)} ${String(chart.height)}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <line
          className="topic-timeline-axis"
          x1="0"
          y1={chart.height}
          x2={chart.width}
          y2={chart.height}
        />
        {timeline.map((point, index) => {
          const height = (point.mentions / most) * (chart.height - 4);
          return point.mentions === 0 ? null : (
            <rect
              key={point.month}
              className="topic-timeline-bar"
              x={index * slot + chart.gap / 2}
              y={chart.height - height}
              width={Math.max(0.5, slot - chart.gap)}
              height={height}
            />
          );
        })}
      </svg>
      <figcaption>
        <span>{spellMonth(first.month)}</span>
        <span>
          Mentions of {label} by month (most in a month: {most})
        </span>
        <span>{spellMonth(last.month)}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>Mentions of {label} by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Mentions</th>
            <th scope="col">Briefings</th>
          </tr>
        </thead>
        <tbody>
          {timeline
            .filter((point) => point.mentions > 0)
            .map((point) => (
              <tr key={point.month}>
                <th scope="row">{spellMonth(point.month)}</th>
                <td>{point.mentions}</td>
                <td>{pluralize(point.briefings, 'briefing')}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
