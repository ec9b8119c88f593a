import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every prerendered page of dist/, as URL paths ('/', '/ots/', '/ots/summits/ots-1-almaty-2011/'…). */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'assets') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** A file name for a page's screenshot: '/ots/timeline/' → 'ots-timeline'. */
export function screenshotName(path: string): string {
  return path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
}
