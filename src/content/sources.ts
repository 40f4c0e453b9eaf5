import type { Source } from '../domain/types';

// Where the two shipped texts come from. The texts themselves carry no date and no address of their
// own, so citations, previews and the viewer's header read these facts from here.

/** The shipped briefing: a U.S. Department of Defense transcript of 31 January 2020. */
export const briefingSource: Source = {
  publisher: 'U.S. Department of Defense',
  date: '2020-01-31',
  url: 'https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/',
};

/** The shipped news story: a GOV.UK news story of the UK Ministry of Defence, 9 February 2017. */
export const storySource: Source = {
  publisher: 'UK Ministry of Defence (GOV.UK)',
  date: '2017-02-09',
  url: 'https://www.gov.uk/government/news/britain-and-italy-stand-together-to-tackle-security-threats',
};
