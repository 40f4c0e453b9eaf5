import { formatLongDate } from '../../domain/cite/dates';

/** A briefing's date as a reader reads it, or "Undated". */
export function ArchiveDate({ date }: { readonly date: string | undefined }) {
  return date === undefined ? (
    <span className="archive-undated">Undated</span>
  ) : (
    <time dateTime={date}>{formatLongDate(date)}</time>
  );
}
