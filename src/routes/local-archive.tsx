import { cutLead } from '../domain/archive/briefing-index';
import { toAsciiSlug } from '../domain/archive/slugs';
import type { Person, PersonSummary } from '../domain/archive/types';
import type { SearchRecord } from '../domain/search/records';
import { formatCount, pluralize } from '../domain/words/pluralize';
import {
  describeLocalCount,
  LocalBriefingList,
  LocalPassageList,
  LocalSection,
  type LocalPassageEntry,
} from '../features/archive/local-entries';
import { paths, type ArchiveListQuery } from './paths';
import type { SavedBriefing } from './saved-briefings';
import { useSavedBriefings, type SavedBriefingsState } from './use-saved-briefings';

// The archive's pages with what this browser's library adds: each section reads the saved
// briefings after the page has hydrated and draws nothing while it reads, when the library is empty
// or cannot be opened, or when nothing saved belongs on the page.

type Ready = Extract<SavedBriefingsState, { status: 'ready' }>;

const noteCap = (state: Ready): string[] =>
  state.saved > state.briefings.length
    ? [
        `Only the ${formatCount(state.briefings.length)} most recently saved of ${formatCount(state.saved)} saved briefings are read here.`,
      ]
    : [];

const touchesSpeaker = (record: SearchRecord, slugs: ReadonlySet<string>): boolean =>
  record.filters.speaker.some((slug) => slugs.has(slug));

// A saved speaker is an archive person when their name makes the person's slug, or the slug of the
// person's fullest name ("Corwin J. Ashdale" has the page corwin-ashdale).
const slugsOf = (person: Pick<PersonSummary, 'slug' | 'name'>): ReadonlySet<string> =>
  new Set([person.slug, toAsciiSlug(person.name)]);

function matchesQuery(
  briefing: SavedBriefing,
  query: ArchiveListQuery,
  speakerSlugs: ReadonlySet<string>,
): boolean {
  if (query.year !== undefined && briefing.date?.slice(0, 4) !== query.year) return false;
  const { topic } = query;
  if (query.speaker !== undefined) {
    if (!briefing.records.some((record) => touchesSpeaker(record, speakerSlugs))) return false;
  }
  if (topic !== undefined && !briefing.records.some((r) => r.filters.topic.includes(topic))) {
    return false;
  }
  return true;
}

const noteQuery = (query: ArchiveListQuery): string[] => [
  ...(query.speaker === undefined
    ? []
    : ['A saved briefing is matched to the speaker by the name it gives them.']),
  ...(query.year === undefined
    ? []
    : ['A saved briefing without a date, given on saving or in its text, has no year to match.']),
];

/** The archive home's list of the briefings saved in this browser, narrowed as the address says. */
export function LocalBriefingsSection({
  query,
  people,
}: {
  readonly query: ArchiveListQuery;
  readonly people: readonly PersonSummary[];
}) {
  const state = useSavedBriefings();
  if (state.status !== 'ready' || state.briefings.length === 0) return null;
  const person = people.find((candidate) => candidate.slug === query.speaker);
  const speakerSlugs =
    person === undefined
      ? new Set(query.speaker === undefined ? [] : [query.speaker])
      : slugsOf(person);
  const shown = state.briefings.filter((briefing) => matchesQuery(briefing, query, speakerSlugs));
  const read = state.briefings.length;
  const summary =
    shown.length === read
      ? `${pluralize(read, 'briefing')} imported in this browser, newest saved first. They are not part of the archive: their links open only here.`
      : shown.length === 0
        ? `No briefing saved in this browser matches these filters (${formatCount(read)} saved).`
        : `${formatCount(shown.length)} of the ${pluralize(read, 'briefing')} saved in this browser match these filters. Their links open only here.`;
  return (
    <LocalSection summary={summary} notes={[...noteQuery(query), ...noteCap(state)]}>
      {shown.length === 0 ? null : (
        <LocalBriefingList
          entries={shown.map((briefing) => ({
            id: briefing.id,
            title: briefing.title,
            date: briefing.date,
            publisher: briefing.publisher,
            questions: briefing.questions,
            href: paths.document(briefing.id),
          }))}
        />
      )}
    </LocalSection>
  );
}

// Newest first; undated last; a briefing's passages in their order.
const sortNewest = (entries: (LocalPassageEntry & { order: string })[]): LocalPassageEntry[] =>
  entries
    .sort((a, b) => b.order.localeCompare(a.order))
    .map((entry) => ({
      key: entry.key,
      text: entry.text,
      href: entry.href,
      briefingTitle: entry.briefingTitle,
      date: entry.date,
      detail: entry.detail,
    }));

const byRecord = (briefing: SavedBriefing, record: SearchRecord, detail: string) => ({
  key: record.url,
  href: record.url,
  briefingTitle: briefing.title,
  date: briefing.date,
  detail,
  order: record.sort.recent,
});

/** A speaker page's turns from saved briefings, matched to the person by the slug of their name. */
export function LocalSpeakerSection({ person }: { readonly person: Person }) {
  const state = useSavedBriefings();
  if (state.status !== 'ready') return null;
  const slugs = slugsOf(person);
  const entries: (LocalPassageEntry & { order: string })[] = [];
  let briefings = 0;
  for (const briefing of state.briefings) {
    const turns = briefing.records.filter((record) => touchesSpeaker(record, slugs));
    if (turns.length > 0) briefings += 1;
    for (const record of turns) {
      entries.push({
        ...byRecord(briefing, record, `as ${record.meta.speaker}`),
        text: cutLead(record.content.split('\n')[0] ?? ''),
      });
    }
  }
  if (entries.length === 0) return null;
  return (
    <LocalSection
      summary={`${describeLocalCount(entries.length, 'turn', briefings)} Matched to ${person.name} by name; their links open only here.`}
      notes={noteCap(state)}
    >
      <LocalPassageList
        label={`Turns of ${person.name} saved in this browser`}
        entries={sortNewest(entries)}
      />
    </LocalSection>
  );
}

/** A topic page's exchanges from saved briefings whose turns touch the topic. */
export function LocalTopicSection({ topic }: { readonly topic: { id: string; label: string } }) {
  const state = useSavedBriefings();
  if (state.status !== 'ready') return null;
  const entries: (LocalPassageEntry & { order: string })[] = [];
  let briefings = 0;
  for (const briefing of state.briefings) {
    const exchanges = new Map<string, SearchRecord[]>();
    for (const record of briefing.records) {
      if (!record.filters.topic.includes(topic.id)) continue;
      const page = record.url.split('#')[0] ?? record.url;
      exchanges.set(page, [...(exchanges.get(page) ?? []), record]);
    }
    if (exchanges.size > 0) briefings += 1;
    for (const [page, turns] of exchanges) {
      const first = turns[0];
      if (first === undefined) continue;
      entries.push({
        ...byRecord(briefing, first, `${pluralize(turns.length, 'turn')} on ${topic.label}`),
        key: page,
        text: first.meta.exchange,
      });
    }
  }
  if (entries.length === 0) return null;
  return (
    <LocalSection
      summary={`${describeLocalCount(entries.length, 'exchange', briefings)} Their links open only here.`}
      notes={noteCap(state)}
    >
      <LocalPassageList
        label={`Exchanges on ${topic.label} saved in this browser`}
        entries={sortNewest(entries)}
      />
    </LocalSection>
  );
}
