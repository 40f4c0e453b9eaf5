import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HighlightedText } from '../../src/components/highlighted-text';
import { seedArticle, seedTopics, seedTranscript } from '../../src/domain/document/seed-documents';
import { emptyFilters, filterTranscript, type Filters } from '../../src/domain/search/filters';
import { searchArticle, searchTranscript } from '../../src/domain/search/search';
import type { TopicId } from '../../src/domain/types';
import { FilterPanel } from '../../src/features/filters/filter-panel';

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
});

function renderPanel(filters: Filters = emptyFilters) {
  const onFiltersChange = vi.fn();
  render(
    <FilterPanel
      transcript={seedTranscript}
      article={seedArticle}
      topics={seedTopics}
      filters={filters}
      onFiltersChange={onFiltersChange}
    />,
  );
  return { onFiltersChange, user: userEvent.setup() };
}

/** The panel beside both documents, with the filters held as the URL would hold them. */
function Viewer() {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const view = filterTranscript(seedTranscript, filters);
  const activeTopics = new Set<TopicId>(filters.topics);
  const hits = [
    ...searchTranscript(seedTranscript, filters.q),
    ...searchArticle(seedArticle, filters.q),
  ];
  return (
    <>
      <FilterPanel
        transcript={seedTranscript}
        article={seedArticle}
        topics={seedTopics}
        filters={filters}
        onFiltersChange={setFilters}
      />
      <section aria-label="Briefing">
        {view.exchanges
          .filter((exchange) => exchange.matches)
          .flatMap((exchange) => exchange.turns)
          .flatMap(({ turn }) => turn.paragraphs)
          .map((paragraph) => (
            <p key={paragraph.start}>
              <HighlightedText
                block={paragraph}
                mentions={paragraph.mentions}
                activeTopics={activeTopics}
                hits={hits}
                idPrefix="b"
              />
            </p>
          ))}
      </section>
      <section aria-label="Story">
        {seedArticle.paragraphs.map((paragraph) => (
          <p key={paragraph.id}>
            <HighlightedText
              block={paragraph}
              mentions={paragraph.mentions}
              activeTopics={activeTopics}
              hits={hits.filter((hit) => hit.blockId === paragraph.id)}
              idPrefix="s"
            />
          </p>
        ))}
      </section>
    </>
  );
}

describe('FilterPanel', () => {
  it('lists speakers by group with role or outlet and turn count', () => {
    renderPanel();
    const reporters = screen.getByRole('group', { name: 'Reporters' });
    expect(
      within(reporters).getByRole('checkbox', { name: 'Luis Martinez, ABC News (1 turn)' }),
    ).not.toBeChecked();
    const officials = screen.getByRole('group', { name: 'Officials' });
    expect(
      within(officials).getByRole('checkbox', {
        name: /^Mark T\. Esper, Secretary of Defense, United States \(\d+ turns\)$/,
      }),
    ).toBeInTheDocument();
  });

  it('adds a speaker to the chosen ones, as a new history entry', async () => {
    const esper = seedTranscript.speakers.find((speaker) => speaker.name === 'Mark T. Esper');
    const chosen: Filters = { ...emptyFilters, speakers: esper === undefined ? [] : [esper.id] };
    const { onFiltersChange, user } = renderPanel(chosen);
    await user.click(screen.getByRole('checkbox', { name: /Luis Martinez/ }));
    expect(onFiltersChange).toHaveBeenCalledWith(
      { ...chosen, speakers: ['s-esper', 'r-luis-martinez'] },
      { replace: false },
    );
  });

  it('shows a choice at once, before the URL has caught up', async () => {
    const { user } = renderPanel();
    const libya = screen.getByRole('checkbox', { name: 'Libya' });
    await user.click(libya);
    expect(libya).toBeChecked();
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeVisible();
  });

  it('shows where each topic is mentioned, and greys none', () => {
    renderPanel();
    const libya = screen.getByRole('checkbox', { name: 'Libya' });
    expect(libya).toHaveAccessibleDescription(/\d+ in briefing · \d+ in story · in both/);
    expect(screen.getByRole('checkbox', { name: 'Landmines' })).toHaveAccessibleDescription(
      /briefing only/,
    );
  });

  it('sends each keystroke of the search to the URL, replacing the history entry', async () => {
    const { onFiltersChange, user } = renderPanel();
    await user.type(screen.getByRole('searchbox', { name: 'Search both documents' }), 'Libya');
    expect(onFiltersChange).toHaveBeenLastCalledWith(
      { ...emptyFilters, q: 'Libya' },
      { replace: true },
    );
    expect(onFiltersChange).toHaveBeenCalledTimes(5);
  });

  it('counts matches in both documents and explains a short query', () => {
    const briefing = searchTranscript(seedTranscript, 'coastguard').length;
    const story = searchArticle(seedArticle, 'coastguard').length;
    renderPanel({ ...emptyFilters, q: 'coastguard' });
    const summary = screen.getByText(
      `${briefing + story} matches: ${briefing} in briefing, ${story} in story`,
    );
    expect(summary).toBeVisible();
    expect(summary).toHaveRole('status');
  });

  it('asks for two characters before searching', () => {
    renderPanel({ ...emptyFilters, q: 'l' });
    expect(screen.getByText('Type at least 2 characters to search.')).toBeVisible();
  });

  it('clears every filter at once', async () => {
    const { onFiltersChange, user } = renderPanel({
      speakers: [],
      topics: ['libya' as TopicId],
      q: 'NATO',
    });
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onFiltersChange).toHaveBeenCalledWith(emptyFilters, { replace: false });
  });

  it('has no clear button when nothing is chosen', () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });
});

describe('FilterPanel beside the documents', () => {
  it('steps through a topic’s mentions, briefing first, moving focus to each', async () => {
    const user = userEvent.setup();
    render(<Viewer />);
    await user.click(screen.getByRole('checkbox', { name: 'Libya' }));
    const total = screen.getAllByRole('mark').filter((mark) => mark.id.includes('-m-')).length;
    expect(screen.getByText(`${total} mentions of the chosen topic`)).toBeVisible();
    const next = screen.getByRole('button', { name: 'Next mention' });
    await user.click(next);
    expect(document.activeElement).toHaveTextContent(/^Topic Libya: /);
    expect(
      within(screen.getByRole('region', { name: 'Briefing' })).getAllByRole('mark')[0],
    ).toHaveFocus();
    expect(screen.getByText(`Mention 1 of ${total}`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Previous mention' }));
    expect(screen.getByText(`Mention ${total} of ${total}`)).toBeVisible();
    const storyMarks = within(screen.getByRole('region', { name: 'Story' })).getAllByRole('mark');
    expect(storyMarks.at(-1)).toHaveFocus();
  });

  it('steps through search matches and skips those the filters hide', async () => {
    const user = userEvent.setup();
    render(<Viewer />);
    await user.type(screen.getByRole('searchbox', { name: 'Search both documents' }), 'Italy');
    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(document.activeElement).toHaveTextContent(/^Italy$/);
    expect(screen.getByText(/^Match 1 of \d+$/)).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Luis Martinez/ }));
    const briefing = screen.getByRole('region', { name: 'Briefing' });
    for (let step = 0; step < 3; step += 1) {
      await user.click(screen.getByRole('button', { name: 'Next match' }));
      const focused = document.activeElement;
      expect(focused?.id).toMatch(/^[bs]-h-\d+$/);
      if (focused?.id.startsWith('b-')) expect(briefing).toContainElement(focused as HTMLElement);
    }
  });

  it('keeps what is typed in the search box and clears it with Escape', async () => {
    const user = userEvent.setup();
    render(<Viewer />);
    const search = screen.getByRole('searchbox', { name: 'Search both documents' });
    await user.type(search, 'Herat');
    expect(search).toHaveValue('Herat');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
  });
});
