import type MiniSearch from 'minisearch';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_OPTIONS, type SearchDocument, type SearchHit } from '../lib/search';
import { t } from '../i18n/messages';

export interface SiteSearchProps {
  /** The address of the index built with the site. */
  readonly index: string;
}

const kindWord = (kind: SearchDocument['kind']) => (kind === 'organization' ? t('kindOrg') : kind === 'person' ? t('kindPerson') : kind === 'party' ? t('kindParty') : t('kindSummit'));

let loading: Promise<MiniSearch<SearchDocument>> | undefined;

/** The index, loaded once, the first time the visitor focuses the box or types. */
function loadIndex(url: string): Promise<MiniSearch<SearchDocument>> {
  loading ??= Promise.all([import('minisearch'), fetch(url, { credentials: 'same-origin' }).then((r) => r.text())]).then(([m, json]) => m.default.loadJSON<SearchDocument>(json, SEARCH_OPTIONS));
  return loading;
}

/**
 * Search across organizations, people (in every spelling the record has), members and summits,
 * in the browser, from an index built with the site. Results update as the visitor types.
 */
export function SiteSearch({ index }: SiteSearchProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [ready, setReady] = useState(false);
  const engine = useRef<MiniSearch<SearchDocument> | null>(null);
  useEffect(() => setReady(true), []);

  const run = (q: string) => {
    setQuery(q);
    if (q.trim().length < 2) {
      setHits(null);
      return;
    }
    void loadIndex(index).then((ms) => {
      engine.current = ms;
      setHits(ms.search(q).slice(0, 12) as SearchHit[]);
    });
  };

  return (
    <div class="site-search">
      <form role="search" aria-label={t('searchForm')} onSubmit={(e) => e.preventDefault()}>
        <label for="site-search-input">{t('searchLabel')}</label>
        <input
          id="site-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          value={query}
          disabled={!ready}
          aria-describedby="site-search-status"
          onFocus={() => void loadIndex(index)}
          onInput={(e) => run((e.target as HTMLInputElement).value)}
        />
      </form>
      <p id="site-search-status" class="small muted" aria-live="polite">
        {!ready ? t('searchNeedsJs') : hits === null ? t('searchHint') : hits.length === 0 ? t('searchNone') : `${hits.length}`}
      </p>
      {hits && hits.length > 0 ? (
        <ul class="search-results" data-testid="search-results">
          {hits.map((h) => (
            <li key={h.id}>
              <a href={h.url}>{h.title}</a> <span class="badge">{kindWord(h.kind)}</span>
              <br />
              <span class="small muted">{h.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
