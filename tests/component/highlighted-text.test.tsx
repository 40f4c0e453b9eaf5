import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../src/components/highlighted-text';
import { defaultTopics } from '../../src/content/topics';
import { markId } from '../../src/domain/search/marks';
import { findTextMatches } from '../../src/domain/search/search';
import { compileTopics, findMentions } from '../../src/domain/topics/match';
import type { TopicId } from '../../src/domain/types';

const text =
  'Ahead of next month’s NATO defense ministerial, I encourage our allies and partners, including Italy, to increase their contributions to alliance readiness.';
const start = 2000;
const block = { text, start, end: start + text.length };
const mentions = findMentions(text, start, compileTopics(defaultTopics));
const nato = new Set(['nato' as TopicId]);

function renderText(activeTopics: ReadonlySet<TopicId>, query = '') {
  return render(
    <p data-testid="paragraph">
      <HighlightedText
        block={block}
        mentions={mentions}
        activeTopics={activeTopics}
        hits={findTextMatches(text, start, query)}
        document="briefing"
      />
    </p>,
  );
}

describe('HighlightedText', () => {
  it('shows the text alone when nothing is chosen', () => {
    renderText(new Set());
    expect(screen.getByTestId('paragraph')).toHaveTextContent(text);
    expect(screen.queryAllByRole('mark')).toHaveLength(0);
  });

  it('marks the chosen topic and names it for screen readers', () => {
    renderText(nato);
    const marks = screen.getAllByRole('mark');
    expect(marks.map((mark) => mark.textContent)).toEqual([
      'Topic NATO: NATO',
      'Topic NATO: defense ministerial',
      'Topic NATO: alliance',
    ]);
    expect(marks[0]).toHaveAttribute('id', markId('briefing', 'mention', mentions[0]?.start ?? -1));
  });

  it('marks search hits with their own ids, inside a topic mark when they overlap', () => {
    renderText(nato, '"ministerial, I"');
    const hitStart = text.indexOf('ministerial, I') + start;
    const hit = document.getElementById(markId('briefing', 'hit', hitStart));
    // The hit runs past the end of the mention, so it is drawn in two pieces; the first has the id.
    expect(hit).toHaveTextContent(/^ministerial$/);
    // ...nested in the topic's mark, so that both looks show.
    expect(hit?.parentElement?.closest('mark')).toHaveTextContent(/^ministerial$/);
    const pieces = screen.getAllByRole('mark').filter((mark) => mark.textContent === ', I');
    expect(pieces).toHaveLength(1);
    expect(hit).toHaveAttribute('tabindex', '-1');
  });

  it('renders markup in a document as text', () => {
    const html = '<img src=x onerror=alert(1)> & <b>NATO</b>';
    const { container } = render(
      <p>
        <HighlightedText
          block={{ text: html, start: 0, end: html.length }}
          mentions={findMentions(html, 0, compileTopics(defaultTopics))}
          activeTopics={nato}
          hits={[]}
          document="story"
        />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> & <b>Topic NATO: NATO</b>');
  });
});
