import { useId } from 'react';
import { checkSourceUrl } from '../domain/document/source-facts';
import './details-fields.css';

/** A document's title and source as a form holds them: text, empty where unknown. */
export interface DetailsDraft {
  readonly title: string;
  readonly publisher: string;
  /** YYYY-MM-DD, as a date field gives it, or empty. */
  readonly date: string;
  readonly url: string;
}

interface DetailsFieldsProps {
  readonly draft: DetailsDraft;
  readonly onChange: (next: DetailsDraft) => void;
}

/** Why a draft cannot be saved, or undefined when it can. */
export function checkDetails(draft: DetailsDraft): string | undefined {
  return checkSourceUrl(draft.url);
}

/**
 * Title, publisher, date and source address: what a citation and the viewer's heading say about a
 * document. The import form and the library's edit dialog both use these fields.
 */
export function DetailsFields({ draft, onChange }: DetailsFieldsProps) {
  const ids = { title: useId(), publisher: useId(), date: useId(), url: useId(), problem: useId() };
  const problem = checkDetails(draft);
  const field = (key: keyof DetailsDraft) => ({
    id: ids[key],
    value: draft[key],
    onChange: (event: { readonly currentTarget: HTMLInputElement }) => {
      onChange({ ...draft, [key]: event.currentTarget.value });
    },
  });
  return (
    <div className="details-fields">
      <label htmlFor={ids.title}>Title</label>
      <input type="text" {...field('title')} />
      <label htmlFor={ids.publisher}>Publisher</label>
      <input type="text" autoComplete="organization" {...field('publisher')} />
      <label htmlFor={ids.date}>Date</label>
      <input type="date" {...field('date')} />
      <label htmlFor={ids.url}>Source address</label>
      <input
        type="url"
        inputMode="url"
        placeholder="https://"
        aria-invalid={problem === undefined ? undefined : true}
        aria-describedby={problem === undefined ? undefined : ids.problem}
        {...field('url')}
      />
      {problem === undefined ? null : (
        <p id={ids.problem} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
