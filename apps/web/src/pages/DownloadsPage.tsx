import { byteSize, downloadFiles } from '../lib/downloads';
import { paths } from '../lib/paths';
import { calendarSubscription } from '../lib/site';
import type { PageContext } from '../page-context';
import { formatDate } from '../lib/dates';
import { lang } from '../i18n/lang';
import { t } from '../i18n/messages';

function size(bytes: number): string {
  return bytes < 1024 ? t('bytes')(bytes) : t('kilobytes')(new Intl.NumberFormat(lang(), { maximumFractionDigits: bytes < 10240 ? 1 : 0, minimumFractionDigits: bytes < 10240 ? 1 : 0 }).format(bytes / 1024));
}

/** The record as files, generated when the site was built. */
export function DownloadsPage({ record, today }: PageContext) {
  const files = downloadFiles(record, today);
  return (
    <>
      <h1>{t('downloads')}</h1>
      <p class="lede">{t('dlLede')(formatDate(today), formatDate(record.asOf))}</p>
      <p class="subscribe">
        <a class="button-link" href={calendarSubscription(paths.download(record.organization.id, `${record.organization.id}.ics`))}>
          {t('subscribe')}
        </a>{' '}
        <span class="small muted">{t('dlSubscribeText')}</span>
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
