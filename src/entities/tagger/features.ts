/**
 * Token features for the BIO name tagger, hashed to integers (FNV-1a) so the model is a flat
 * weight table: no feature-string dictionary to store or look up. The same code runs at
 * training time (scripts/train-ner.ts) and in the entities stage, so features cannot drift.
 */

/** What the feature extractor needs of a token (a subset of nlp's Token). */
export interface TagToken {
  text: string;
  normal: string;
  pos: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, continuing from `seed`. */
export function fnv(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of a feature: template name then value, separated so "ab"+"c" ≠ "a"+"bc". */
export function featureHash(template: string, value: string): number {
  return fnv(fnv(FNV_OFFSET, template) ^ 0x1f, value);
}

/** Word shape with runs collapsed: "Lavrov" → "Xx", "U.S." → "X.X.", "2024" → "d", "al-Qaim" → "x-Xx". */
export function shape(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word[i] as string;
    let k: string;
    if (c >= "0" && c <= "9") k = "d";
    else if (c !== c.toLowerCase()) k = "X";
    else if (c !== c.toUpperCase()) k = "x";
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const BOUNDARY: TagToken = { text: "<s>", normal: "<s>", pos: "<s>" };

/**
 * Static (tag-independent) feature hashes of token i of a sentence. `gaz` gives, per token, a
 * gazetteer code from the knowledge base ("B-country", "I-org", …) or "" when none.
 */
export function staticFeatures(sent: readonly TagToken[], i: number, gaz: readonly string[] | null, out: number[]): void {
  out.length = 0;
  const t = sent[i] as TagToken;
  const p1 = sent[i - 1] ?? BOUNDARY;
  const p2 = sent[i - 2] ?? BOUNDARY;
  const n1 = sent[i + 1] ?? BOUNDARY;
  const n2 = sent[i + 2] ?? BOUNDARY;
  const w = t.normal;
  const sh = shape(t.text);
  const shp = p1 === BOUNDARY ? "<s>" : shape(p1.text);
  const shn = n1 === BOUNDARY ? "<s>" : shape(n1.text);
  const first = i === 0 || p1.text === '"' || p1.text === "“" || p1.text === ":" || p1.text === "(";
  out.push(featureHash("b", ""));
  out.push(featureHash("w", w));
  out.push(featureHash("W", t.text));
  out.push(featureHash("w-1", p1.normal));
  out.push(featureHash("w+1", n1.normal));
  out.push(featureHash("w-2", p2.normal));
  out.push(featureHash("w+2", n2.normal));
  out.push(featureHash("w-1w", `${p1.normal} ${w}`));
  out.push(featureHash("ww+1", `${w} ${n1.normal}`));
  out.push(featureHash("sh", sh));
  out.push(featureHash("sh-1", shp));
  out.push(featureHash("sh+1", shn));
  out.push(featureHash("sh3", `${shp} ${sh} ${shn}`));
  out.push(featureHash("w-1sh", `${p1.normal} ${sh}`));
  out.push(featureHash("shw+1", `${sh} ${n1.normal}`));
  out.push(featureHash("s2", w.slice(-2)));
  out.push(featureHash("s3", w.slice(-3)));
  out.push(featureHash("s4", w.slice(-4)));
  out.push(featureHash("p3", w.slice(0, 3)));
  out.push(featureHash("pos", t.pos));
  out.push(featureHash("pos-1", p1.pos));
  out.push(featureHash("pos+1", n1.pos));
  out.push(featureHash("possh", `${t.pos} ${sh}`));
  out.push(featureHash("first", `${first} ${sh}`));
  if (first) out.push(featureHash("firstw", w));
  if (gaz) {
    const g = gaz[i] ?? "";
    const gp = gaz[i - 1] ?? "";
    const gn = gaz[i + 1] ?? "";
    if (g) out.push(featureHash("g", g), featureHash("gsh", `${g} ${sh}`));
    if (gp) out.push(featureHash("g-1", gp));
    if (gn) out.push(featureHash("g+1", gn));
  }
}

/** Features that depend on the tags already given to the previous tokens. */
export function dynamicFeatures(prev: string, prev2: string, t: TagToken, out: number[]): void {
  out.length = 0;
  out.push(featureHash("t-1", prev));
  out.push(featureHash("t-2t-1", `${prev2} ${prev}`));
  out.push(featureHash("t-1w", `${prev} ${t.normal}`));
  out.push(featureHash("t-1sh", `${prev} ${shape(t.text)}`));
}
