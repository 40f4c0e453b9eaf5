import type { DocumentPreview, PreviewSpeaker } from '../../domain/document/preview';
import { pluralize } from '../../domain/words/pluralize';

const kindNames = { transcript: 'Briefing transcript', article: 'News story' } as const;
const speakerKinds = {
  official: 'official',
  reporter: 'reporter',
  staff: 'staff',
  unknown: 'unidentified',
} as const;

function SpeakerItem({ speaker }: { readonly speaker: PreviewSpeaker }) {
  const details = [speakerKinds[speaker.kind], speaker.role, speaker.affiliation].filter(
    (part) => part !== undefined && part.length > 0,
  );
  const { turns } = speaker;
  return (
    <li>
      <strong>{speaker.name}</strong> <span className="hint">({details.join(', ')})</span>
      {turns > 0 ? <span className="hint"> · {pluralize(turns, 'turn')}</span> : null}
      {speaker.labels.length > 0 ? (
        <>
          <br />
          <span className="hint">Written as: {speaker.labels.join(' · ')}</span>
        </>
      ) : null}
    </li>
  );
}

function More({ shown, total }: { readonly shown: number; readonly total: number }) {
  return total > shown ? <p className="hint">…and {total - shown} more.</p> : null;
}

/** What the parser made of the text, in plain words, before anything is saved. */
export function ParsePreview({ preview }: { readonly preview: DocumentPreview }) {
  const isTranscript = preview.kind === 'transcript';
  const speakersName = isTranscript ? 'Speakers' : 'People quoted';
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview</h2>
      <dl className="preview-facts">
        <dt>Title</dt>
        <dd>{preview.title.length > 0 ? preview.title : '(no title found)'}</dd>
        <dt>Kind</dt>
        <dd>{kindNames[preview.kind]}</dd>
        <dt>Topics</dt>
        <dd>{preview.topics.length > 0 ? preview.topics.join(', ') : 'none found'}</dd>
        <dt>Paragraphs</dt>
        <dd>
          {preview.paragraphCount}
          {isTranscript ? '' : `, ${preview.quoteCount} quoted`}
        </dd>
      </dl>
      {isTranscript ? (
        <>
          <h3>Exchanges ({preview.exchangeCount})</h3>
          <ol className="preview-list" aria-label="Exchanges">
            {preview.exchanges.map((exchange) => (
              <li key={exchange.id}>{exchange.title}</li>
            ))}
          </ol>
          <More shown={preview.exchanges.length} total={preview.exchangeCount} />
        </>
      ) : null}
      {preview.speakerCount > 0 ? (
        <>
          <h3>
            {speakersName} ({preview.speakerCount})
          </h3>
          <ul className="preview-list" aria-label={speakersName}>
            {preview.speakers.map((speaker) => (
              <SpeakerItem key={speaker.id} speaker={speaker} />
            ))}
          </ul>
          <More shown={preview.speakers.length} total={preview.speakerCount} />
        </>
      ) : null}
      {preview.diagnosticCount > 0 ? (
        <>
          <h3>Notes from the parser</h3>
          <ul className="preview-list" aria-label="Notes from the parser">
            {preview.diagnostics.map((message, index) => (
              // Notes have no id of their own, and the list never reorders.
              <li key={index}>{message}</li>
            ))}
          </ul>
          <More shown={preview.diagnostics.length} total={preview.diagnosticCount} />
        </>
      ) : null}
    </section>
  );
}
