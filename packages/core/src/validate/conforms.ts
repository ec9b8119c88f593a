// Whether a value already is what a zod schema would give back for it, checked in place. Built
// from the schema's own definitions (its shapes, literals, enums, patterns, refinements), so it
// follows the schema as it changes; every kind of schema it does not know (URLs, transforms,
// defaults, unions without a discriminator…) answers "no", and the caller lets zod parse. `conforms.property.test.ts` checks that a "yes" is always zod's own answer.
import type { core } from 'zod';

/**
 * Answers, without copying anything, whether zod accepts `value` and gives back a value equal to
 * it as data (the same keys and values in whatever order, plain objects and arrays; names given
 * to an array's non-index properties, which zod drops, are not data): `true` only then. `false`
 * means "not known": zod must parse it. Objects must be plain, with no value `undefined`.
 */
export type Conforms = (value: unknown) => boolean;

/** What this file reads of zod's definitions (`schema._zod.def`), loosely typed. */
interface Def {
  readonly type: string;
  readonly checks?: readonly core.$ZodCheck[];
  readonly format?: string;
  readonly coerce?: boolean;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly innerType?: core.$ZodType;
  readonly element?: core.$ZodType;
  readonly items?: readonly core.$ZodType[];
  readonly rest?: core.$ZodType | null;
  readonly shape?: Readonly<Record<string, core.$ZodType>>;
  readonly catchall?: core.$ZodType;
  readonly options?: readonly core.$ZodType[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly keyType?: core.$ZodType;
  readonly valueType?: core.$ZodType;
}

interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly fn?: (value: unknown) => unknown;
  readonly when?: unknown;
}

const NOT_KNOWN: Conforms = () => false;

const defOf = (schema: core.$ZodType) => schema._zod.def as unknown as Def;

/** A plain object as `{}`, JSON and YAML make it (zod gives back one with Object's prototype). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

const built = new WeakMap<core.$ZodType, Conforms>();

/** The {@link Conforms} predicate of `schema`, built once per schema object. */
export function conformsTo(schema: core.$ZodType): Conforms {
  let conforms = built.get(schema);
  if (!conforms) {
    // A recursive schema would find itself here while it is built: not known.
    built.set(schema, NOT_KNOWN);
    conforms = build(defOf(schema));
    built.set(schema, conforms);
  }
  return conforms;
}

/** A string's checks: patterns, minimum lengths and refinements; any other check is not known. */
function stringChecks(checks: readonly core.$ZodCheck[]): ((value: string) => boolean)[] | undefined {
  const out: ((value: string) => boolean)[] = [];
  for (const check of checks) {
    const def = check._zod.def as unknown as CheckDef;
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern && def.when === undefined) {
      const pattern = def.pattern;
      out.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      });
    } else if (def.check === 'min_length' && typeof def.minimum === 'number') {
      const minimum = def.minimum;
      out.push((value) => value.length >= minimum);
    } else if (def.check === 'custom' && typeof def.fn === 'function' && def.when === undefined) {
      const fn = def.fn;
      out.push((value) => Boolean(fn(value)));
    } else return undefined;
  }
  return out;
}

function build(def: Def): Conforms {
  switch (def.type) {
    case 'string': {
      if (def.format !== undefined || def.coerce) return NOT_KNOWN;
      const checks = stringChecks(def.checks ?? []);
      if (!checks) return NOT_KNOWN;
      if (checks.length === 0) return (value) => typeof value === 'string';
      if (checks.length === 1) {
        const only = checks[0]!;
        return (value) => typeof value === 'string' && only(value);
      }
      return (value) => typeof value === 'string' && checks.every((check) => check(value));
    }
    case 'number':
      return number(def);
    case 'boolean':
      return def.coerce || def.checks?.length ? NOT_KNOWN : (value) => typeof value === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      if (def.checks?.length || !values.every((v) => typeof v === 'string')) return NOT_KNOWN;
      const set = new Set<unknown>(values);
      return (value) => set.has(value);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (def.checks?.length || !values.every((v) => typeof v === 'string')) return NOT_KNOWN;
      const set = new Set<unknown>(values);
      return (value) => set.has(value);
    }
    case 'array': {
      if (def.checks?.length || !def.element) return NOT_KNOWN;
      const element = conformsTo(def.element);
      return (value) => {
        if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
        // By index, not `every`: a hole reads as undefined, as zod reads it.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = def.items ?? [];
      if (def.checks?.length || def.rest || items.some((item) => defOf(item).type === 'optional')) return NOT_KNOWN;
      const each = items.map(conformsTo);
      return (value) => Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length === each.length && each.every((conforms, i) => conforms(value[i]));
    }
    case 'object':
      return object(def);
    case 'union':
      return discriminated(def);
    case 'record': {
      if (def.checks?.length || !def.keyType || !def.valueType) return NOT_KNOWN;
      const keyDef = defOf(def.keyType);
      // A key type with a set of values (an enum) makes zod require every one of them: not known.
      if (keyDef.type !== 'string' || (def.keyType._zod as { values?: unknown }).values) return NOT_KNOWN;
      const key = conformsTo(def.keyType);
      const item = conformsTo(def.valueType);
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const k of Reflect.ownKeys(value)) {
          if (typeof k !== 'string' || k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, k) || !key(k)) return false;
          const v = value[k];
          if (v === undefined || !item(v)) return false;
        }
        return true;
      };
    }
    default:
      return NOT_KNOWN;
  }
}

/** A finite number, with zod's safe-integer format and bounds as checks; any other check is not known. */
function number(def: Def): Conforms {
  if (def.coerce || def.format !== undefined) return NOT_KNOWN;
  const checks: ((value: number) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def as unknown as CheckDef & { readonly value?: unknown; readonly inclusive?: boolean };
    if (c.when !== undefined) return NOT_KNOWN;
    if (c.check === 'number_format' && c.format === 'safeint') checks.push(Number.isSafeInteger);
    else if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
      const bound = c.value;
      const inclusive = c.inclusive === true;
      checks.push(c.check === 'greater_than' ? (v) => (inclusive ? v >= bound : v > bound) : (v) => (inclusive ? v <= bound : v < bound));
    } else return NOT_KNOWN;
  }
  return (value) => typeof value === 'number' && Number.isFinite(value) && checks.every((check) => check(value));
}

/** A strict object (unknown keys refused): every key known, every required key present, every value conforming. */
function object(def: Def): Conforms {
  const shape = def.shape;
  if (def.checks?.length || !shape || !def.catchall || defOf(def.catchall).type !== 'never') return NOT_KNOWN;
  const fields = new Map<string, { readonly required: boolean; readonly conforms: Conforms }>();
  let required = 0;
  for (const key of Object.keys(shape)) {
    const fieldDef = defOf(shape[key]!);
    const optional = fieldDef.type === 'optional';
    if (!optional) required++;
    fields.set(key, { required: !optional, conforms: conformsTo(optional ? fieldDef.innerType! : shape[key]!) });
  }
  if (fields.has('__proto__')) return NOT_KNOWN;
  return (value) => {
    if (!isPlainObject(value)) return false;
    // One pass over the object's keys (not over the schema's): each one known, own, defined and
    // conforming; the required ones counted. A property that is not enumerable is not data.
    let seen = 0;
    for (const key in value) {
      const field = fields.get(key);
      if (field === undefined || !Object.prototype.hasOwnProperty.call(value, key)) return false;
      const v = value[key];
      if (v === undefined || !field.conforms(v)) return false;
      if (field.required) seen++;
    }
    return seen === required;
  };
}

/** A union told apart by a discriminator key whose options are strict objects with one literal each. */
function discriminated(def: Def): Conforms {
  const key = def.discriminator;
  if (key === undefined || def.unionFallback || def.checks?.length) return NOT_KNOWN;
  const byValue = new Map<unknown, Conforms>();
  for (const option of def.options ?? []) {
    const optionDef = defOf(option);
    const tag = optionDef.type === 'object' ? optionDef.shape?.[key] : undefined;
    const tagDef = tag && defOf(tag);
    if (!tagDef || tagDef.type !== 'literal') return NOT_KNOWN;
    for (const value of tagDef.values ?? []) {
      if (byValue.has(value)) return NOT_KNOWN;
      byValue.set(value, conformsTo(option));
    }
  }
  return (value) => {
    if (!isPlainObject(value)) return false;
    const option = byValue.get(value[key]);
    return option !== undefined && option(value);
  };
}
