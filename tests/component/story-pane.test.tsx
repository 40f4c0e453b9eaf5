import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedArticle, seedTopics } from '../../src/domain/document/seed-documents';
import { groupHitsByBlock } from '../../src/domain/search/marks';
import { searchArticle } from '../../src/domain/search/search';
import type { TopicId } from '../../src/domain/types';
import { StoryPane } from '../../src/features/story/story-pane';

function renderStory(topics: readonly string[] = [], query = '') {
  return render(
    <StoryPane
      article={seedArticle}
      topics={seedTopics}
      activeTopics={new Set(topics as TopicId[])}
      hitsByParagraph={groupHitsByBlock(searchArticle(seedArticle, query))}
    />,
  );
}

describe('StoryPane', () => {
  it('shows the story’s title as a heading of its own region', () => {
    renderStory();
    const story = screen.getByRole('article', {
      name: 'Britain and Italy stand together to tackle security threats',
    });
    expect(within(story).getByRole('heading', { level: 2 })).toBeVisible();
  });

  it('sets quotes apart and names who said them', () => {
    renderStory();
    const quotes = screen.getAllByRole('figure', { name: 'Sir Michael Fallon, Defence Secretary' });
    expect(quotes).toHaveLength(2);
    const [opening, closing] = quotes as [HTMLElement, HTMLElement];
    const first = within(opening).getByRole('blockquote');
    expect(first).toHaveTextContent(/^In leading NATO's high readiness force/);
    expect(first).toHaveTextContent(/training alongside Italy and other European partners\.$/);
    expect(within(closing).getByRole('blockquote')).toHaveTextContent(
      /^NATO is the cornerstone of our Defence/,
    );
  });

  it('marks the picture caption as one', () => {
    renderStory();
    expect(
      screen.getByRole('figure', {
        name: /^Picture caption: Defence Secretary Sir Michael Fallon today met/,
      }),
    ).toBeVisible();
  });

  it('keeps the closing notes together as a list', () => {
    renderStory();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/^HMS Echo continues to spearhead/);
  });

  it('highlights chosen topics and search hits', () => {
    renderStory(['libya'], 'coastguard');
    const marks = screen.getAllByRole('mark').map((mark) => mark.textContent);
    // The story says "Libya" three times and "Libyan" once, and "Coastguard" four times.
    expect(marks.filter((text) => text.startsWith('Topic Libya: '))).toEqual([
      'Topic Libya: Libya',
      'Topic Libya: Libyan',
      'Topic Libya: Libya',
      'Topic Libya: Libya',
    ]);
    expect(marks.filter((text) => text === 'Coastguard')).toHaveLength(4);
  });

  it('names the story’s publisher, its date spelt out and links the original', () => {
    render(
      <StoryPane
        article={seedArticle}
        topics={seedTopics}
        activeTopics={new Set()}
        hitsByParagraph={new Map()}
        dateNote="The story is from 9 February 2017, almost 3 years before the briefing of 31 January 2020."
      />,
    );
    const story = screen.getByRole('article');
    expect(within(story).getByText('UK Ministry of Defence (GOV.UK)')).toBeVisible();
    expect(within(story).getByText('9 February 2017')).toBeVisible();
    expect(within(story).getByRole('link', { name: /^Original story/ })).toHaveAttribute(
      'href',
      'https://www.gov.uk/government/news/britain-and-italy-stand-together-to-tackle-security-threats',
    );
    expect(
      within(story).getByText(
        'The story is from 9 February 2017, almost 3 years before the briefing of 31 January 2020.',
      ),
    ).toBeVisible();
  });
});
