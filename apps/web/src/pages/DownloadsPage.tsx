import { DateText } from '../components/DateText';
import { byteSize, downloadFiles } from '../lib/downloads';
import { paths } from '../lib/paths';
import { calendarSubscription } from '../lib/site';
import type { PageContext } from '../page-context';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

/** The record as files, generated when the site was built. */
export function DownloadsPage({ record, today }: PageContext) {
  const files = downloadFiles(record, today);
  return (
    <>
      <h1>Downloads</h1>
      <p class="lede">
        The record as files, generated from it when this site was built on <DateText date={today} />. The record was last checked against its sources on{' '}
        <DateText date={record.asOf} />. In the files, dates are written year-month-day with digits (the international standard), so that spreadsheets and calendars read them; a date known only to the month or the year has only those parts.
      </p>
      <p class="subscribe">
        <a class="button-link" href={calendarSubscription(paths.download(record.organization.id, `${record.organization.id}.ics`))}>
          Subscribe to the calendar
        </a>{' '}
        <span class="small muted">
          Summits, handovers and the ends of terms in your calendar application, kept up to date as the record is: subscribe to this address instead of
          importing the file once.
        </span>
      </p>
      <ul class="downloads">
        {files.map((f) => (
          <li key={f.path}>
            <a href={f.path} download={f.name}>
              {f.label}
            </a>{' '}
            <span class="muted">
              ({f.format}, {size(byteSize(f.content))})
            </span>
            <p>{f.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
