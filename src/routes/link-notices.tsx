import { Link } from 'react-router';
import type { Filters } from '../domain/search/filters';
import type { ExchangeId, Transcript } from '../domain/types';
import type { LinkProblem } from './link-problems';
import type { ViewerPaths } from './use-viewer-links';
import './link-notices.css';

interface LinkNoticesProps {
  /** The links of the viewer showing the notice (the shipped briefing, a sample, a saved one). */
  readonly paths: ViewerPaths;
  readonly problems: readonly LinkProblem[];
  readonly transcript: Transcript;
  /** The filters with the unknown values already dropped. */
  readonly filters: Filters;
  readonly exchangeId: ExchangeId | undefined;
}

/** Says what a link named that this briefing lacks, each with a way back to something that works. */
export function LinkNotices({
  paths,
  problems,
  transcript,
  filters,
  exchangeId,
}: LinkNoticesProps) {
  if (problems.length === 0) return null;
  const here =
    exchangeId === undefined ? paths.home(filters) : paths.exchange(exchangeId, { filters });
  const titleOf = (id: ExchangeId) =>
    transcript.exchanges.find((exchange) => exchange.id === id)?.title ?? id;

  const describe = (problem: LinkProblem) => {
    switch (problem.kind) {
      case 'exchange':
        return {
          text: `This briefing has no exchange “${problem.id}”.`,
          to: paths.home(filters),
          action: 'Show the full briefing',
        };
      case 'turn':
        return problem.elsewhere === undefined || exchangeId === undefined
          ? {
              text: `This exchange has no turn “${problem.id}”.`,
              to: here,
              action: 'Show the whole exchange',
            }
          : {
              text: `Turn “${problem.id}” is not in this exchange but in “${titleOf(problem.elsewhere.exchangeId)}”.`,
              to: paths.exchange(problem.elsewhere.exchangeId, {
                turnId: problem.elsewhere.turnId,
                filters,
              }),
              action: 'Go to that turn',
            };
      case 'speaker':
        return {
          text: `No speaker “${problem.id}” in this briefing, so that filter is left out.`,
          to: here,
          action: 'Remove it from the link',
        };
      case 'topic':
        return {
          text: `No topic “${problem.id}” is known, so that filter is left out.`,
          to: here,
          action: 'Remove it from the link',
        };
      case 'reader-topics':
        return {
          text: `${problem.id} Your own topics in the link are left out.`,
          to: here,
          action: 'Remove them from the link',
        };
    }
  };

  return (
    <section className="notice" aria-labelledby="link-notice-title">
      <h2 id="link-notice-title">Part of this link was not found</h2>
      <ul>
        {problems.map((problem) => {
          const { text, to, action } = describe(problem);
          return (
            <li key={`${problem.kind}-${problem.id}`}>
              {text} <Link to={to}>{action}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
