import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';

/**
 * A map of an organization's members and observers, drawn at build time (Natural Earth 1:50m
 * through world-atlas, projected with d3-geo) into SVG path data: no script, no image request.
 */
export interface MapShape {
  readonly name: string;
  readonly d: string;
  readonly party?: string;
  readonly status?: 'member' | 'observer';
}

export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  /** Parties the map could not draw (too small at this scale, or not a country). */
  readonly missing: readonly string[];
}

type CountryProps = { name: string };
type World = Topology<{ countries: GeometryCollection<CountryProps> }>;
const countriesOf = (t: World) => feature(t, t.objects.countries) as FeatureCollection<Geometry, CountryProps>;
// Members in detail (1:50m, which has the small states); their neighbours, for context, coarser (1:110m).
const world = countriesOf(countries50m as unknown as World);
const context = countriesOf(countries110m as unknown as World);

/** Natural Earth's short names for the names the records use. */
const ALIASES: Record<string, string> = {
  turkiye: 'turkey',
  'turkish republic of northern cyprus': 'n. cyprus',
  'northern cyprus': 'n. cyprus',
  'united states': 'united states of america',
  'czech republic': 'czechia',
  'democratic republic of the congo': 'dem. rep. congo',
  'dr congo': 'dem. rep. congo',
  'republic of the congo': 'congo',
  'bosnia and herzegovina': 'bosnia and herz.',
  'dominican republic': 'dominican rep.',
  'central african republic': 'central african rep.',
  'south sudan': 's. sudan',
  'equatorial guinea': 'eq. guinea',
  'solomon islands': 'solomon is.',
  eswatini: 'eswatini',
  'north macedonia': 'macedonia',
  'viet nam': 'vietnam',
  'lao pdr': 'laos',
  "lao people's democratic republic": 'laos',
  'brunei darussalam': 'brunei',
  'russian federation': 'russia',
  'republic of korea': 'south korea',
  'korea, republic of': 'south korea',
  "cote d'ivoire": "cote d'ivoire",
  'ivory coast': "cote d'ivoire",
  'cabo verde': 'cape verde',
  'the gambia': 'gambia',
  'state of palestine': 'palestine',
  'united republic of tanzania': 'tanzania',
};

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").trim();
const byName = new Map(world.features.map((f) => [norm(f.properties.name), f]));

/** The Natural Earth country for a party's English name, if the map has it. */
export function countryFeature(name: string): Feature<Geometry, CountryProps> | undefined {
  const n = norm(name);
  return byName.get(ALIASES[n] ?? n);
}

/**
 * The map of `parties` (name and status), framed on them with some room around, `width` wide.
 * Neighbouring countries are drawn for context, clipped to the frame.
 */
export function memberMap(parties: readonly { party: string; name: string; status: 'member' | 'observer' }[], width = 640): WorldMap {
  const found = parties.map((p) => ({ ...p, feature: countryFeature(p.name) }));
  const drawn = found.filter((p): p is typeof p & { feature: Feature<Geometry, CountryProps> } => p.feature !== undefined);
  const missing = found.filter((p) => p.feature === undefined).map((p) => p.name);
  const focus: FeatureCollection = { type: 'FeatureCollection', features: drawn.map((p) => p.feature) };
  // Frame: the members' bounds; a world-wide membership gets a world map without Antarctica.
  const height = Math.round(width * 0.6);
  const pad = 16;
  const projection = geoMercator();
  if (drawn.length > 0) projection.fitExtent([[pad, pad], [width - pad, height - pad]], focus as GeoPermissibleObjects);
  else projection.fitSize([width, height], world as GeoPermissibleObjects);
  // A small membership zoomed in too far reads as shapes without a place: keep a continent in view.
  if (projection.scale() > width * 1.6) {
    const centre = projection.invert!([width / 2, height / 2])!;
    projection.scale(width * 1.6).center(centre).translate([width / 2, height / 2]);
  }
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(0);
  const names = new Set(drawn.map((p) => p.feature.properties.name));
  const shapes: MapShape[] = [];
  for (const f of context.features) {
    if (f.properties.name === 'Antarctica' || names.has(f.properties.name)) continue;
    const d = path(f);
    if (d) shapes.push({ name: f.properties.name, d });
  }
  for (const p of drawn) {
    const d = path(p.feature);
    if (d) shapes.push({ name: p.feature.properties.name, d, party: p.party, status: p.status });
  }
  return { width, height, shapes, missing };
}
