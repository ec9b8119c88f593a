import type MiniSearch from 'minisearch';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_OPTIONS, type SearchDocument, type SearchHit } from '../lib/search';

export interface SiteSearchProps {
  /** The address of the index built with the site. */
  readonly index: string;
}

const KIND: Record<SearchDocument['kind'], string> = { organization: 'Organization', person: 'Person', party: 'Member or observer', summit: 'Summit' };

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
      <form role="search" aria-label="Search the site" onSubmit={(e) => e.preventDefault()}>
        <label for="site-search-input">Search people, members, summits and organizations</label>
        <input
          id="site-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder="Omuraliev, Istanbul summit, Hungary…"
          value={query}
          disabled={!ready}
          aria-describedby="site-search-status"
          onFocus={() => void loadIndex(index)}
          onInput={(e) => run((e.target as HTMLInputElement).value)}
        />
      </form>
      <p id="site-search-status" class="small muted" aria-live="polite">
        {!ready ? 'Search needs JavaScript.' : hits === null ? 'Type at least two letters; any spelling or alphabet.' : hits.length === 0 ? 'Nothing found.' : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`}
      </p>
      {hits && hits.length > 0 ? (
        <ul class="search-results" data-testid="search-results">
          {hits.map((h) => (
            <li key={h.id}>
              <a href={h.url}>{h.title}</a> <span class="badge">{KIND[h.kind]}</span>
              <br />
              <span class="small muted">{h.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
