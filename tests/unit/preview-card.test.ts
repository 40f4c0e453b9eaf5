import { describe, expect, it } from 'vitest';
import { renderCard } from '../../scripts/preview-images';
import { loadCardFonts } from '../../scripts/preview-images';
import { seedTopics, seedTranscript } from '../../src/domain/document/seed-documents';
import { shortenToWords } from '../../src/domain/cite/quote-passage';
import { describeExchangeCard } from '../../src/domain/site/preview-card';
import type { Exchange } from '../../src/domain/types';

const exchangeOf = (id: string): Exchange => {
  const exchange = seedTranscript.exchanges.find((candidate) => candidate.id === id);
  if (!exchange) throw new Error(`no exchange ${id}`);
  return exchange;
};

const title =
  'Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing';

describe('the preview card of an exchange', () => {
  it('shows the first answer’s opening sentences, by whom, the topics and the briefing', () => {
    expect(describeExchangeCard(seedTranscript, exchangeOf('x5'), seedTopics)).toEqual({
      title,
      date: '31 January 2020',
      publisher: 'U.S. Department of Defense',
      speaker: 'Lorenzo Guerini',
      role: 'Minister of Defense, Italy, through an interpreter',
      quote:
        'As far as Iraq is concerned, we had an exchange of view, a very positive one. And after what happened at the beginning of the year in Iraq, we had a telephone conversation with Secretary Esper. …',
      topics: ['Iraq', '5G', 'Italy', 'NATO'],
      alt:
        'Question 4 · Unnamed reporter · Iraq, 5G, NATO. Lorenzo Guerini, Minister of Defense, Italy, through an interpreter: “As far as Iraq is concerned, we had an exchange of view, a very positive one. And after what happened at the beginning of the year in Iraq, we had a telephone conversation with Secretary Esper. …” ' +
        `${title}, 31 January 2020.`,
    });
  });

  it('shows the opening statements by their first speaker, and a closing without topics', () => {
    const opening = describeExchangeCard(seedTranscript, exchangeOf('x1'), seedTopics);
    expect([opening.speaker, opening.quote]).toEqual([
      'Mark T. Esper',
      "Well, good morning, everyone. Minister Guerini, it's a pleasure to meet you again, as we honor and deepen the longstanding defense partnership between the United States and Italy. …",
    ]);
    expect(describeExchangeCard(seedTranscript, exchangeOf('x6'), seedTopics).topics).toEqual([]);
  });

  it('cuts words that do not fit at a word, never inside one', () => {
    expect(shortenToWords('Landmines are one of very many other important tools', 30)).toBe(
      'Landmines are one of very…',
    );
    expect(shortenToWords('Thank you.\u00a0 Grazie.', 30)).toBe('Thank you. Grazie.');
  });
});

describe('a drawn preview card', () => {
  it('is a PNG of 1200 by 630 pixels', async () => {
    const card = describeExchangeCard(seedTranscript, exchangeOf('x3'), seedTopics);
    const png = Buffer.from(await renderCard(card, await loadCardFonts()));
    // The PNG signature, then the IHDR chunk: its width and height are big-endian at bytes 16 and 20.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
