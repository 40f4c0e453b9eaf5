import { useState } from 'react';
import { Link } from 'react-router';
import type { DocumentKind } from '../../domain/detect-kind';
import { checkInput, checkInputSize, type InputCheck } from '../../domain/input-check';
import { InputMessages } from './input-messages';
import { ParsePreview } from './parse-preview';
import { SaveForm, type ImportLinks } from './save-form';
import { TextSource } from './text-source';
import { useParse } from './use-parse';
import './import.css';

export type { ImportLinks } from './save-form';

type KindChoice = DocumentKind | 'auto';

const kindChoices: readonly { value: KindChoice; label: string }[] = [
  { value: 'auto', label: 'Tell by its labels' },
  { value: 'transcript', label: 'Briefing transcript' },
  { value: 'article', label: 'News story' },
];

const stageWords = { reading: 'Reading', parsing: 'Parsing', done: 'Done' } as const;

interface ImportPageProps {
  readonly links: ImportLinks & { readonly home: string };
}

/** Bring your own transcript: paste or choose a file, see what the parser made of it, then save it. */
export function ImportPage({ links }: ImportPageProps) {
  const [input, setInput] = useState<InputCheck | undefined>(undefined);
  const [kind, setKind] = useState<KindChoice>('auto');
  const [reading, setReading] = useState(false);
  const [parseCount, setParseCount] = useState(0);
  const parse = useParse();

  const read = (check: InputCheck, chosen: KindChoice): void => {
    setInput(check);
    if (!check.ok) {
      parse.reset();
      return;
    }
    setParseCount((count) => count + 1);
    parse.start(check.text, chosen === 'auto' ? undefined : chosen);
  };

  const readFile = async (file: File): Promise<void> => {
    const refusal = checkInputSize(file.size);
    if (refusal !== undefined) {
      read(refusal, kind);
      return;
    }
    setReading(true);
    try {
      read(checkInput(new Uint8Array(await file.arrayBuffer())), kind);
    } catch {
      read({ ok: false, problem: 'binary', message: `“${file.name}” could not be read.` }, kind);
    } finally {
      setReading(false);
    }
  };

  const changeKind = (next: KindChoice): void => {
    setKind(next);
    if (input?.ok === true) read(input, next);
  };

  const busy = reading || parse.state.status === 'parsing';
  const document = parse.state.status === 'ready' ? parse.state.document : undefined;
  const progress = parse.state.status === 'parsing' ? parse.state.progress : undefined;

  return (
    <div className="app">
      <title>Import a document — Podium</title>
      <header className="app-header">
        <div className="app-bar">
          <Link to={links.home} className="brand">
            Podium
          </Link>
          <nav aria-label="Documents" className="app-tools">
            <Link to={links.library}>Library</Link>
          </nav>
        </div>
      </header>
      <main className="import-page">
        <h1>Bring your own transcript</h1>
        <p>
          Podium reads briefing transcripts written as “LABEL: speech”, and news stories. Nothing
          leaves this browser: the text is read here and saved here.
        </p>
        <TextSource
          busy={busy}
          onText={(text) => {
            read(checkInput(text), kind);
          }}
          onFile={(file) => void readFile(file)}
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
        {reading || progress ? (
          <p className="import-progress" role="status">
            <label>
              {progress ? `${stageWords[progress.stage]}…` : 'Reading the file…'}{' '}
              <progress max={1} value={progress?.fraction ?? 0} />
            </label>
          </p>
        ) : null}
        {input ? (
          <InputMessages
            check={input}
            document={document}
            onKeepAsStory={() => {
              changeKind('article');
            }}
          />
        ) : null}
        {parse.state.status === 'failed' ? (
          <p className="import-message is-problem" role="alert">
            {parse.state.message}
          </p>
        ) : null}
        {document && input?.ok === true ? (
          <>
            <ParsePreview document={document} />
            <SaveForm key={parseCount} document={document} text={input.text} links={links} />
          </>
        ) : null}
      </main>
    </div>
  );
}
