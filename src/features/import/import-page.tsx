import { useEffect, useRef, useState } from 'react';
import type { DocumentKind } from '../../domain/document/detect-kind';
import { checkInputSize } from '../../domain/document/input-check';
import type { SavedStories } from '../../storage/stories';
import { InputMessages } from './input-messages';
import { ParsePreview } from './parse-preview';
import { SaveForm, type ImportLinks } from './save-form';
import { TextSource } from './text-source';
import { usePreview } from './use-preview';
import './import.css';

export type { ImportLinks } from './save-form';

type KindChoice = DocumentKind | 'auto';

const kindChoices: readonly { value: KindChoice; label: string }[] = [
  { value: 'auto', label: 'Tell by its labels' },
  { value: 'transcript', label: 'Briefing transcript' },
  { value: 'article', label: 'News story' },
];

const stageWords = {
  reading: 'Reading',
  checking: 'Checking',
  parsing: 'Parsing',
  done: 'Done',
} as const;

const asKind = (choice: KindChoice): DocumentKind | undefined =>
  choice === 'auto' ? undefined : choice;

interface ImportPageProps {
  readonly links: ImportLinks;
  /** The stories saved in this browser, to show a transcript beside. */
  readonly stories: SavedStories;
  /** Called once a document is saved, so that the saved stories are read again. */
  readonly onSaved: () => void;
}

/** Bring your own transcript: paste or choose a file, see what the parser made of it, then save it. */
export function ImportPage({ links, stories, onSaved }: ImportPageProps) {
  const [kind, setKind] = useState<KindChoice>('auto');
  const [runs, setRuns] = useState(0);
  const preview = usePreview();
  const { state } = preview;
  const outcome = state.status === 'ready' ? state.outcome : undefined;

  const run = (input: string | Promise<ArrayBuffer>, chosen: KindChoice): void => {
    setRuns((count) => count + 1);
    preview.start(input, asKind(chosen));
  };

  const readFile = (file: File): void => {
    const refusal = checkInputSize(file.size);
    if (refusal === undefined) run(file.arrayBuffer(), kind);
    else preview.settle(refusal);
  };

  const changeKind = (next: KindChoice): void => {
    setKind(next);
    // The text already read is parsed again; there is no need to choose the file again.
    if (outcome?.ok === true) run(outcome.text, next);
  };

  const progress = state.status === 'working' ? state.progress : undefined;
  // The preview and the save form are below the text: bring them into view once they are ready.
  const previewArea = useRef<HTMLDivElement>(null);
  const previewReady = outcome?.ok === true ? outcome.preview : undefined;
  useEffect(() => {
    if (previewReady === undefined) return;
    const element = previewArea.current;
    if (element !== null && typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ block: 'start' });
    }
  }, [previewReady]);

  return (
    <main className="import-page">
      <h1>Bring your own transcript</h1>
      <p>
        Podium reads briefing transcripts written as “LABEL: speech”, and news stories. Nothing
        leaves this browser: the text is read here and saved here.
      </p>
      <TextSource
        busy={progress !== undefined}
        onText={(text) => {
          run(text, kind);
        }}
        onFile={readFile}
      />
      <fieldset className="kind-choice">
        <legend>Read it as</legend>
        {kindChoices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="import-kind"
              value={choice.value}
              checked={kind === choice.value}
              onChange={() => {
                changeKind(choice.value);
              }}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {progress ? (
        <p className="import-progress" role="status">
          <label>
            {stageWords[progress.stage]}… <progress max={1} value={progress.fraction} />
          </label>
        </p>
      ) : null}
      {outcome ? (
        <InputMessages
          check={outcome}
          kind={outcome.ok ? outcome.preview.kind : undefined}
          onKeepAsStory={() => {
            changeKind('article');
          }}
        />
      ) : null}
      {state.status === 'failed' ? (
        <p className="import-message is-problem" role="alert">
          {state.message}
        </p>
      ) : null}
      {outcome?.ok === true ? (
        <div ref={previewArea} className="import-result">
          <ParsePreview preview={outcome.preview} />
          <SaveForm
            key={runs}
            preview={outcome.preview}
            text={outcome.text}
            stories={stories}
            links={links}
            onSaved={onSaved}
          />
        </div>
      ) : null}
    </main>
  );
}
