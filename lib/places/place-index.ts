import { indexGermanAdjectives, type GermanAdjectiveIndex } from "./german-adjectives";
import { KIND_CODES, type PlaceIndexData } from "./place-index-data";

/** One known place, as the lookups hand it out. */
export type PlaceRow = {
  key: string;
  kind: (typeof KIND_CODES)[number];
  /** ISO alpha-2 of the containing country (the country's own code for a country). */
  country: string;
  en: string;
  de: string;
  population: number;
};

/**
 * Names → their candidate rows. The Map holds line numbers only (small integers, the fastest kind of
 * value for V8's hash maps); a line's row numbers are read when the name is first asked for.
 */
class NameTable {
  private readonly entries = new Map<string, number>();
  private readonly lines: string[];
  private readonly lists: (PlaceRow[] | null)[];

  constructor(text: string) {
    this.lines = text ? text.split("\n") : [];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const tab = line.indexOf("\t");
      if (tab > 0) this.entries.set(line.slice(0, tab), i);
    }
    // Filled up front: writing at scattered indexes of an empty array would turn it into a slow dictionary.
    this.lists = new Array<PlaceRow[] | null>(this.lines.length).fill(null);
  }

  get(form: string, row: (i: number) => PlaceRow): PlaceRow[] | undefined {
    const i = this.entries.get(form);
    if (i === undefined) return undefined;
    let list = this.lists[i];
    if (!list) {
      const line = this.lines[i]!;
      list = line
        .slice(line.indexOf("\t") + 1)
        .split(",")
        .map((n) => row(Number(n)));
      this.lists[i] = list;
    }
    return list;
  }
}

/**
 * The place index in memory. Names map to the text of their candidate rows, and a row becomes an
 * object only when a lookup first hands it out: a process that finds the cache is ready after one
 * JSON parse and three Map fills, and pays for the places it actually meets.
 */
export class PlaceIndex {
  private readonly lines: string[];
  private readonly rows: (PlaceRow | undefined)[];
  private keys: Map<string, number> | null = null;
  private readonly names: NameTable;
  private foldedText: string;
  private folded: NameTable | null = null;
  private readonly exact: NameTable;
  readonly demonymsEn: Map<string, string>;
  /** first words of the English demonyms, to turn most tokens away with one Set lookup */
  readonly demonymFirstWords = new Set<string>();
  /** the most words an English demonym has */
  readonly demonymMaxWords: number = 1;
  readonly german: GermanAdjectiveIndex;

  constructor(data: PlaceIndexData) {
    this.lines = data.places.split("\n");
    this.rows = new Array(this.lines.length);
    this.names = new NameTable(data.names);
    // Folded names are only asked for when the exact form is unknown: filled on that first miss.
    this.foldedText = data.folded;
    this.exact = new NameTable(data.exact);
    this.demonymsEn = new Map(data.demonymsEn);
    for (const [phrase] of data.demonymsEn) {
      const words = phrase.split(" ");
      this.demonymFirstWords.add(words[0]!);
      this.demonymMaxWords = Math.max(this.demonymMaxWords, words.length);
    }
    this.german = indexGermanAdjectives(data.german);
  }

  get size(): number {
    return this.lines.length;
  }

  /** Row `i` (0-based), parsed on first use. Throws on a damaged index. */
  row(i: number): PlaceRow {
    const cached = this.rows[i];
    if (cached) return cached;
    const line = this.lines[i];
    const [key = "", kind = "", en = "", de = "", population = ""] = line === undefined ? [] : line.split("\t");
    const kindName = KIND_CODES[Number(kind)];
    if (!key || !kindName || !en) throw new Error(`The place index is damaged at row ${i}; delete node_modules/.cache/claimdiff to rebuild it.`);
    const row: PlaceRow = { key, kind: kindName, country: key.slice(0, 2), en, de: de || en, population: Number(population) || 0 };
    this.rows[i] = row;
    return row;
  }

  /** The place with this key, or undefined. */
  byKey(key: string): PlaceRow | undefined {
    if (!this.keys) {
      this.keys = new Map();
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines[i]!;
        this.keys.set(line.slice(0, line.indexOf("\t")), i);
      }
    }
    const i = this.keys.get(key);
    return i === undefined ? undefined : this.row(i);
  }

  private readonly rowOf = (i: number) => this.row(i);

  private foldedTable(): NameTable {
    if (!this.folded) {
      this.folded = new NameTable(this.foldedText);
      this.foldedText = "";
    }
    return this.folded;
  }

  /** Candidates for a normalized name, best first. */
  named(normalized: string): PlaceRow[] | undefined {
    return this.names.get(normalized, this.rowOf);
  }

  /** Candidates for an accent-folded name. */
  namedFolded(folded: string): PlaceRow[] | undefined {
    return this.foldedTable().get(folded, this.rowOf) ?? this.names.get(folded, this.rowOf);
  }

  /** Candidates for a short name as written ("US"). */
  namedExactly(name: string): PlaceRow[] | undefined {
    return this.exact.get(name, this.rowOf);
  }
}

/** Turn the cached data into lookups. */
export function hydratePlaceIndex(data: PlaceIndexData): PlaceIndex {
  return new PlaceIndex(data);
}
