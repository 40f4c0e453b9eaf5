import { defaultTopics } from '../../content/topics';
import type { Article, ParsedDocument, Speaker, TopicId, Transcript } from '../../domain/types';

const shownAtMost = 50;
const kindNames = { transcript: 'Briefing transcript', article: 'News story' } as const;
const speakerKinds = {
  official: 'official',
  reporter: 'reporter',
  staff: 'staff',
  unknown: 'unidentified',
} as const;

function listTopics(document: ParsedDocument): string[] {
  const found = new Set<TopicId>(
    document.kind === 'transcript'
      ? document.exchanges.flatMap((exchange) => exchange.topics)
      : document.paragraphs.flatMap((paragraph) => paragraph.topics),
  );
  return defaultTopics.filter((topic) => found.has(topic.id)).map((topic) => topic.label);
}

function SpeakerItem({ speaker, turns }: { readonly speaker: Speaker; readonly turns: number }) {
  const details = [speakerKinds[speaker.kind], speaker.role, speaker.affiliation].filter(
    (part) => part !== undefined && part.length > 0,
  );
  return (
    <li>
      <strong>{speaker.name}</strong> <span className="hint">({details.join(', ')})</span>
      {turns > 0 ? (
        <span className="hint"> · {turns === 1 ? '1 turn' : `${turns} turns`}</span>
      ) : null}
      {speaker.labels.length > 0 ? (
        <>
          <br />
          <span className="hint">Written as: {speaker.labels.join(' · ')}</span>
        </>
      ) : null}
    </li>
  );
}

function TranscriptParts({ transcript }: { readonly transcript: Transcript }) {
  const turnCounts = new Map<string, number>();
  for (const turn of transcript.turns) {
    turnCounts.set(turn.speakerId, (turnCounts.get(turn.speakerId) ?? 0) + 1);
  }
  const hidden = transcript.exchanges.length - shownAtMost;
  return (
    <>
      <h3>Exchanges ({transcript.exchanges.length})</h3>
      <ol className="preview-list" aria-label="Exchanges">
        {transcript.exchanges.slice(0, shownAtMost).map((exchange) => (
          <li key={exchange.id}>{exchange.title}</li>
        ))}
      </ol>
      {hidden > 0 ? <p className="hint">…and {hidden} more.</p> : null}
      <h3>Speakers ({transcript.speakers.length})</h3>
      <ul className="preview-list" aria-label="Speakers">
        {transcript.speakers.map((speaker) => (
          <SpeakerItem key={speaker.id} speaker={speaker} turns={turnCounts.get(speaker.id) ?? 0} />
        ))}
      </ul>
    </>
  );
}

function ArticleParts({ article }: { readonly article: Article }) {
  const quotes = article.paragraphs.filter((paragraph) => paragraph.kind === 'quote').length;
  return (
    <>
      <p>
        {article.paragraphs.length} paragraphs, {quotes} quoted.
      </p>
      {article.speakers.length > 0 ? (
        <>
          <h3>People quoted ({article.speakers.length})</h3>
          <ul className="preview-list" aria-label="People quoted">
            {article.speakers.map((speaker) => (
              <SpeakerItem key={speaker.id} speaker={speaker} turns={0} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** What the parser made of the text, in plain words, before anything is saved. */
export function ParsePreview({ document }: { readonly document: ParsedDocument }) {
  const topics = listTopics(document);
  const diagnostics = document.diagnostics.slice(0, shownAtMost);
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      <dl className="preview-facts">
        <dt>Title</dt>
        <dd>{document.title.length > 0 ? document.title : '(no title found)'}</dd>
        <dt>Kind</dt>
        <dd>{kindNames[document.kind]}</dd>
        <dt>Topics</dt>
        <dd>{topics.length > 0 ? topics.join(', ') : 'none found'}</dd>
      </dl>
      {document.kind === 'transcript' ? (
        <TranscriptParts transcript={document} />
      ) : (
        <ArticleParts article={document} />
      )}
      {diagnostics.length > 0 ? (
        <>
          <h3>Notes from the parser</h3>
          <ul className="preview-list" aria-label="Notes from the parser">
            {diagnostics.map((diagnostic, index) => (
              // Diagnostics have no id, and the list never reorders.
              <li key={index}>{diagnostic.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
