import { describe, expect, it } from 'vitest';
import { seedArticle, seedTranscript } from '../../src/domain/document/seed-documents';

describe('the shipped documents carry their publisher, date and address', () => {
  it('dates the briefing 31 January 2020 and links its defense.gov transcript page', () => {
    expect(seedTranscript.source).toEqual({
      publisher: 'U.S. Department of Defense',
      date: '2020-01-31',
      url: 'https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/',
    });
  });

  it('dates the story 9 February 2017 and links its GOV.UK page', () => {
    expect(seedArticle.source).toEqual({
      publisher: 'UK Ministry of Defence (GOV.UK)',
      date: '2017-02-09',
      url: 'https://www.gov.uk/government/news/britain-and-italy-stand-together-to-tackle-security-threats',
    });
  });
});
