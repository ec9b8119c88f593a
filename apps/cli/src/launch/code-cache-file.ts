/**
 * The file that keeps V8's code cache of a bundle (`X.js.cache` beside `X.js`): one header line,
 * then V8's data twice.
 *
 *     turnus-code-cache 2 <bundle id> <node version> <arch> <bytes>\n<data><the same data>
 *
 * V8 checks that its data fits the source's length, its own version and its flags, but in
 * Node's (release) build it does not check the data against damage: a damaged cache is
 * deserialized as it is and can abort the process. A checksum would need zlib or crypto, which
 * cost 1-2 ms to load at every start, about what the cache saves on a short command; two copies
 * compared with `Buffer#equals` (memcmp) cost a twentieth of a millisecond. The bundle id (a hash
 * of the bundle's text, on its last line) ties the cache to the very text it was made from,
 * which the length V8 checks does not; the Node version, to the Node that made it.
 */

const MAGIC = 'turnus-code-cache 2';

/** The bundle's last line: `//# turnus-bundle-id <hex>`. */
const ID_MARK = '\n//# turnus-bundle-id ';

/** The id on a bundle's last line, or undefined (such a bundle gets no cache). */
export function bundleId(source: string): string | undefined {
  const at = source.lastIndexOf(ID_MARK);
  if (at < 0) return undefined;
  const id = source.slice(at + ID_MARK.length).trim();
  return /^[0-9a-f]{16,64}$/.test(id) ? id : undefined;
}

/** The line that says what the data belongs to, with this Node's version and architecture. */
function headerOf(id: string, bytes: number): string {
  return `${MAGIC} ${id} ${process.version} ${process.arch} ${bytes}\n`;
}

/** The content of a cache file for V8's `data` of the bundle with this id. */
export function encodeCodeCache(id: string, data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(headerOf(id, data.length), 'latin1'), data, data]);
}

/**
 * V8's data in a cache file, if the file is whole, undamaged, and made by this Node for the
 * bundle with this id; else undefined.
 */
export function decodeCodeCache(file: Buffer | undefined, id: string | undefined): Buffer | undefined {
  if (file === undefined || id === undefined) return undefined;
  const end = file.indexOf(10);
  if (end < 0 || end > 200) return undefined;
  const bytes = Number(/ (\d+)$/.exec(file.toString('latin1', 0, end))?.[1]);
  if (!Number.isSafeInteger(bytes) || bytes <= 0 || file.toString('latin1', 0, end + 1) !== headerOf(id, bytes)) return undefined;
  const start = end + 1;
  if (file.length !== start + 2 * bytes) return undefined;
  const data = file.subarray(start, start + bytes);
  return data.equals(file.subarray(start + bytes)) ? data : undefined;
}
