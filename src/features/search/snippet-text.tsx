import type { Snippet } from '../../domain/search/snippet';

/** A result's snippet with the words found marked; always text, never HTML. */
export function SnippetText({ snippet }: { readonly snippet: Snippet }) {
  const parts: { readonly text: string; readonly hit: boolean; readonly at: number }[] = [];
  let at = 0;
  for (const hit of snippet.hits) {
    if (hit.start < at) continue;
    if (hit.start > at) parts.push({ text: snippet.text.slice(at, hit.start), hit: false, at });
    parts.push({ text: snippet.text.slice(hit.start, hit.end), hit: true, at: hit.start });
    at = hit.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false, at });
  return (
    <>
      {snippet.before ? '… ' : null}
      {parts.map((part) =>
        part.hit ? (
          <mark key={part.at} className="search-hit">
            {part.text}
          </mark>
        ) : (
          <span key={part.at}>{part.text}</span>
        ),
      )}
      {snippet.after ? ' …' : null}
    </>
  );
}
