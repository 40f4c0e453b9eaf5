import { notTextProps } from '../../components/text-offsets';
import type { Speaker } from '../../domain/types';

interface SpeakerLineProps {
  readonly speaker: Speaker | undefined;
  readonly label: string;
  readonly headingId: string;
  readonly interpreted: boolean;
}

/** The heading of a turn: who speaks, in what capacity, and the label as the transcript wrote it. */
export function SpeakerLine({ speaker, label, headingId, interpreted }: SpeakerLineProps) {
  const details = speaker ? [speaker.role, speaker.affiliation].filter(Boolean).join(', ') : '';
  return (
    <div className="speaker-line">
      <h3 id={headingId} className="speaker-name">
        {speaker?.name ?? label}
      </h3>
      {details.length > 0 ? <span className="speaker-details">{details}</span> : null}
      {interpreted ? (
        <span className="badge badge-interpreted" {...notTextProps}>
          Interpreted
        </span>
      ) : null}
      <span className="speaker-label" title="The speaker's label as written in the transcript">
        <span className="visually-hidden">Transcript label: </span>
        {label}
      </span>
    </div>
  );
}
