import { SourceLine } from '../../components/source-line';
import type { Source } from '../../domain/types';
import './document-heading.css';

interface DocumentHeadingProps {
  readonly title: string;
  /** "Briefing transcript", or what else the document is ("Generated briefing"). */
  readonly kind?: string;
  readonly source?: Source | undefined;
  /** The date the transcript itself gives (YYYY-MM-DD), when its source gives none. */
  readonly dateLine?: string | undefined;
}

/** What the reader is reading: the briefing's title and where it comes from. */
export function DocumentHeading({
  title,
  kind = 'Briefing transcript',
  source,
  dateLine,
}: DocumentHeadingProps) {
  return (
    <div className="document-heading">
      <p className="document-kind">{kind}</p>
      <h1>{title}</h1>
      <SourceLine source={source} dateLine={dateLine} linkText="Original transcript" />
    </div>
  );
}
