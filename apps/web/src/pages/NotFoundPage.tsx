import { paths } from '../lib/paths';

/** The page for an address that does not exist. */
export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Start from <a href={paths.home()}>the list of organizations</a>.
      </p>
    </>
  );
}
