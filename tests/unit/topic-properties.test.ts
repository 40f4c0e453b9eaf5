import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/domain/article/parse-article';
import { discoverTopics } from '../../src/domain/topics/discover';
import { keyOf } from '../../src/domain/topics/pattern-key';
import { tagDocuments } from '../../src/domain/topics/tag-documents';
import { parseTranscript } from '../../src/domain/transcript/parse-transcript';
import type { Mention, Topic } from '../../src/domain/types';

const numRuns = 150;

// Lines that make topics likely: names, countries, demonyms, acronyms, phrases, labels.
const line = fc.oneof(
  fc.constantFrom(
    'SEC. HALE:  The Borealis Accord holds, and Libyan and Norwegian crews train together.',
    'Q:  Thank you. Is the KX-9 late? And President Oduya of Ruritania, Mr. Secretary?',
    'MIN. ROSSI (THROUGH TRANSLATOR):  We want a political solution; political solutions take time.',
    'STAFF:  Dana Reyes, Harbor Daily.',
    '(CROSSTALK)',
    'The U.S. and the UK met in Port Elda. Port Elda is calm; the F-35 flew over Port Elda.',
    'Élysée officials and Åland Islands ferries; Türkiye and Côte d’Ivoire.',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
const documentText = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

// Every mention's text is one of its topic's patterns, up to case, hyphens and spaces.
function badMentions(input: string, mentions: readonly Mention[], topics: readonly Topic[]) {
  const keys = new Map(topics.map((topic) => [topic.id, new Set(topic.patterns.map(keyOf))]));
  return mentions.filter(
    (mention) =>
      keys.get(mention.topicId)?.has(keyOf(input.slice(mention.start, mention.end))) !== true,
  );
}

describe('topic discovery and tagging', () => {
  it('never throw, and every mention holds a pattern of a listed topic', () => {
    fc.assert(
      fc.property(documentText, documentText, (briefing, story) => {
        const tagged = tagDocuments(
          parseTranscript(briefing, { topics: [] }),
          parseArticle(story, { topics: [] }),
        );
        const briefingMentions = tagged.transcript.turns.flatMap((turn) =>
          turn.paragraphs.flatMap((paragraph) => paragraph.mentions),
        );
        const storyMentions = tagged.article.paragraphs.flatMap((paragraph) => paragraph.mentions);
        expect(badMentions(briefing, briefingMentions, tagged.topics)).toEqual([]);
        expect(badMentions(story, storyMentions, tagged.topics)).toEqual([]);
        expect(new Set(tagged.topics.map((topic) => topic.id)).size).toBe(tagged.topics.length);
      }),
      { numRuns },
    );
  });

  it('find the same topics twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 20 }),
        (texts) => {
          const once = discoverTopics({ texts, excludedNames: [], known: [] });
          expect(discoverTopics({ texts, excludedNames: [], known: [] })).toEqual(once);
          for (const found of once)
            expect(found.topic.id).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
        },
      ),
      { numRuns },
    );
  });
});
