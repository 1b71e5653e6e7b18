/**
 * Reads one amount at a token: an optional currency sign or code, a number in digits or words
 * (with a multiplier and an optional range), and the unit after it (currency name or code,
 * percent, percentage points, a measure unit).
 */
import type { Token } from "../nlp/index.js";
import {
  CODE_ALIASES,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_QUALIFIERS,
  CURRENCY_SIGNS,
  MULTIPLIERS,
  NUMBER_WORDS,
  PERCENT_WORDS,
  UNITS,
  VAGUE_PLURALS,
} from "./lexicon.js";

export interface Amount {
  /** Token range [first, end). */
  first: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  kind: "money" | "count" | "percent" | "measure";
  unit: string | null;
  /** "dozens of", "thousands of": no exact figure. */
  vague: boolean;
  /** Index of the token holding the number itself. */
  numberToken: number;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A number token, possibly with a sign ("$240"), a range ("10-12") and a suffix ("bn", "%", "km"). */
const NUMBER_TOKEN = new RegExp(
  `^(?<sign>[A-Za-z]{0,2}[$€£¥₹])?(?<num>${NUMBER})(?:[-–](?<max>${NUMBER}))?-?(?<suf>[A-Za-z%]+|[A-Za-z]+/[a-z])?$`,
);

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
const toNumber = (s: string): number => Number(s.replace(/,/g, ""));

interface NumberRead {
  value: number | null;
  valueMax: number | null;
  /** The multiplier was written ("billion", "bn"). */
  multiplied: boolean;
  sign: string | null;
  suffix: string | null;
  end: number;
  vague: boolean;
}

/** A number at token i: digits, or words ("two million", "a dozen", "twenty-five"), or "thousands of". */
function readNumber(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  const m = NUMBER_TOKEN.exec(t.text);
  if (m?.groups) {
    const g = m.groups;
    let value: number | null = toNumber(g.num as string);
    let valueMax = g.max ? toNumber(g.max) : null;
    // "a 52-35 vote": a tally, not a range (a range rises).
    if (valueMax !== null && valueMax <= value) valueMax = null;
    let suffix = g.suf ? g.suf.toLowerCase() : null;
    let end = i + 1;
    let multiplied = false;
    const attached = suffix ? MULTIPLIERS.get(suffix) : undefined;
    if (attached !== undefined) {
      value *= attached;
      if (valueMax !== null) valueMax *= attached;
      suffix = null;
      multiplied = true;
    } else {
      const next = lower(tokens[end]);
      const mult = MULTIPLIERS.get(next);
      // "m", "b", "k" as separate tokens only right after the number, never as words ("5 m" is metres).
      if (mult !== undefined && !suffix && (next.length > 1 || (tokens[end] as Token).start === t.end)) {
        value *= mult;
        if (valueMax !== null) valueMax *= mult;
        end++;
        multiplied = true;
      }
    }
    return { value, valueMax, multiplied, sign: g.sign ?? null, suffix, end, vague: false };
  }
  const w = lower(t);
  // "a dozen", "a million"
  if ((w === "a" || w === "an") && (lower(tokens[i + 1]) === "dozen" || MULTIPLIERS.has(lower(tokens[i + 1])))) {
    const next = lower(tokens[i + 1]);
    const base = next === "dozen" ? 12 : (MULTIPLIERS.get(next) as number);
    if (next.length <= 2) return null;
    return { value: base, valueMax: null, multiplied: next !== "dozen", sign: null, suffix: null, end: i + 2, vague: false };
  }
  const vague = VAGUE_PLURALS.get(w);
  if (vague !== undefined && lower(tokens[i + 1]) === "of") {
    // "tens of thousands of", "hundreds of millions of": one vague amount.
    const nested = VAGUE_PLURALS.has(lower(tokens[i + 2])) && lower(tokens[i + 3]) === "of";
    return { value: null, valueMax: null, multiplied: false, sign: null, suffix: null, end: nested ? i + 3 : i + 1, vague: true };
  }
  // "half a million", "half a dozen"
  if (w === "half" && lower(tokens[i + 1]) === "a") {
    const next = lower(tokens[i + 2]);
    const base = next === "dozen" ? 12 : next.length > 2 ? MULTIPLIERS.get(next) : undefined;
    if (base === undefined) return null;
    return { value: base / 2, valueMax: null, multiplied: next !== "dozen", sign: null, suffix: null, end: i + 3, vague: false };
  }
  // "half of", "two-thirds of", "a quarter of": a share, read as a percentage.
  const share = fractionAt(tokens, i);
  if (share) return { value: share.percent, valueMax: null, multiplied: false, sign: null, suffix: "%", end: share.end, vague: false };
  let value = wordValue(w);
  if (value === null) return null;
  let end = i + 1;
  // "twenty five", "two hundred", "two million"
  const unit = wordValue(lower(tokens[end]));
  if (unit !== null && value >= 20 && value < 100 && unit < 10) {
    value += unit;
    end++;
  }
  let multiplied = false;
  for (let k = 0; k < 2; k++) {
    const mult = MULTIPLIERS.get(lower(tokens[end]));
    if (mult === undefined || lower(tokens[end]).length <= 2) break;
    value *= mult;
    end++;
    multiplied = true;
  }
  return { value, valueMax: null, multiplied, sign: null, suffix: null, end, vague: false };
}

/** Denominators of fractions, singular and plural: "a third", "two-thirds", "three quarters". */
const DENOMINATORS = new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fourths", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["tenth", 10],
  ["tenths", 10],
]);
const round2 = (x: number): number => Math.round(x * 100) / 100;
/** Time units after "a quarter of", "half of": a length of time, not a share of things. */
const TIME_UNITS = new Set(["hour", "day", "week", "month", "year", "century", "decade", "minute", "season"]);

/** Whether token i is "of" followed by a time unit ("of an hour", "of the year"). */
function ofTimeUnit(tokens: Token[], i: number): boolean {
  if (lower(tokens[i]) !== "of") return false;
  const det = lower(tokens[i + 1]);
  const k = det === "a" || det === "an" || det === "the" || det === "this" || det === "that" ? i + 2 : i + 1;
  return TIME_UNITS.has(lower(tokens[k]));
}

/**
 * A share written as a fraction, as a percentage: "half of" (50), "a third of" (33.33),
 * "two-thirds" (66.67), "three quarters" (75). Single "a quarter"/"a third" need "of" after them.
 */
function fractionAt(tokens: Token[], i: number): { percent: number; end: number } | null {
  const w = lower(tokens[i]);
  if (w === "half") return lower(tokens[i + 1]) === "of" && !ofTimeUnit(tokens, i + 1) ? { percent: 50, end: i + 1 } : null;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const n = NUMBER_WORDS.get(w.slice(0, dash));
    const d = DENOMINATORS.get(w.slice(dash + 1));
    return n !== undefined && d !== undefined && n < d ? { percent: round2((100 * n) / d), end: i + 1 } : null;
  }
  const n = w === "a" || w === "one" ? 1 : NUMBER_WORDS.get(w);
  let k = i + 1;
  if (lower(tokens[k]) === "-") k++;
  const d = DENOMINATORS.get(lower(tokens[k]));
  if (n === undefined || d === undefined || n >= d) return null;
  if (n === 1 && lower(tokens[k + 1]) !== "of") return null;
  if (ofTimeUnit(tokens, k + 1)) return null;
  return { percent: round2((100 * n) / d), end: k + 1 };
}

function wordValue(w: string): number | null {
  const direct = NUMBER_WORDS.get(w);
  if (direct !== undefined) return direct;
  const parts = w.split("-");
  if (parts.length === 2) {
    const tens = NUMBER_WORDS.get(parts[0] as string);
    const ones = NUMBER_WORDS.get(parts[1] as string);
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}

function currencyOfSign(sign: string | null): string | null {
  return sign ? (CURRENCY_SIGNS.get(sign.toLowerCase()) ?? null) : null;
}

function codeAt(t: Token | undefined): string | null {
  if (!t || !CURRENCY_CODES.has(t.text)) return null;
  return CODE_ALIASES.get(t.text) ?? t.text;
}

/** Currency written before the number at i: a sign token ("$", "US$") or an ISO code ("EUR"). */
function currencyBefore(tokens: Token[], i: number): { code: string; width: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // "AU" "$" and "USD" "$" written apart by the tokeniser: one sign.
  const next = tokens[i + 1];
  if (next && next.start === t.end && /^[A-Z]{1,3}$/.test(t.text) && CURRENCY_SIGNS.has(next.text)) {
    const joined = CURRENCY_SIGNS.get(`${t.text.toLowerCase()}${next.text}`) ?? codeAt(t) ?? CURRENCY_SIGNS.get(next.text);
    if (joined) return { code: joined, width: 2 };
  }
  const code = CURRENCY_SIGNS.get(t.text.toLowerCase()) ?? codeAt(t);
  return code ? { code, width: 1 } : null;
}

/** Unit right after the number: currency name or code, percent, measure unit. */
function unitAfter(tokens: Token[], j: number, suffix: string | null): { kind: Amount["kind"]; unit: string; end: number } | null {
  if (suffix) {
    if (PERCENT_WORDS.has(suffix)) return { kind: "percent", unit: "percent", end: j };
    const u = UNITS.get(suffix);
    if (u) return { kind: "measure", unit: u, end: j };
    return null;
  }
  const w = lower(tokens[j]);
  const w2 = lower(tokens[j + 1]);
  if (w === "per" && w2 === "cent") return { kind: "percent", unit: "percent", end: j + 2 };
  if (w === "percentage" && (w2 === "point" || w2 === "points")) return { kind: "percent", unit: "percentage-point", end: j + 2 };
  if (w === "basis" && (w2 === "point" || w2 === "points")) return { kind: "percent", unit: "basis-point", end: j + 2 };
  if (PERCENT_WORDS.has(w)) return { kind: "percent", unit: "percent", end: j + 1 };
  const code = codeAt(tokens[j]);
  if (code) return { kind: "money", unit: code, end: j + 1 };
  // "US dollars", "Hong Kong dollars", "Canadian dollars"
  for (const [len, q] of [
    [2, `${w} ${w2}`],
    [1, w],
  ] as Array<[number, string]>) {
    const qualifier = CURRENCY_QUALIFIERS.get(q);
    const name = lower(tokens[j + len]).replace(/s$/, "");
    if (qualifier?.[name]) return { kind: "money", unit: qualifier[name] as string, end: j + len + 1 };
  }
  if (w === "us" && (w2 === "dollars" || w2 === "dollar")) return { kind: "money", unit: "USD", end: j + 2 };
  const name = CURRENCY_NAMES.get(w);
  if (name) return { kind: "money", unit: name, end: j + 1 };
  if (w === "square" && (w2 === "kilometres" || w2 === "kilometers" || w2 === "km" || w2 === "miles")) {
    return { kind: "measure", unit: w2 === "miles" ? "mi2" : "km2", end: j + 2 };
  }
  const u = UNITS.get(w);
  if (u && w !== "sq") return { kind: "measure", unit: u, end: j + 1 };
  return null;
}

/** Words joining the two ends of a range. */
const RANGE_JOINERS = new Set(["-", "–", "to"]);

/**
 * Whether an amount can start at token i: a digit, a currency sign or code, a number word.
 * One cheap test per token, so that readAmount runs only where it may succeed.
 */
export function mayStartAmount(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c > 127 || c === 36 || c === 43) return true; // currency signs, "$", "+"
  if (CURRENCY_CODES.has(t.text)) return true;
  const w = t.text.toLowerCase();
  if (NUMBER_WORDS.has(w) || VAGUE_PLURALS.has(w) || CURRENCY_SIGNS.has(w)) return true;
  if (w === "a" || w === "an") {
    const next = lower(tokens[i + 1]);
    return next === "dozen" || MULTIPLIERS.has(next) || (DENOMINATORS.has(next) && lower(tokens[i + 2]) === "of");
  }
  if (/^[A-Z]{1,3}$/.test(t.text)) return tokens[i + 1]?.text === "$";
  return w.includes("-") && NUMBER_WORDS.has(w.split("-")[0] as string);
}

export function readAmount(tokens: Token[], i: number): Amount | null {
  let j = i;
  const before = currencyBefore(tokens, j);
  if (before) j += before.width;
  const num = readNumber(tokens, j);
  if (!num) return null;
  const currency = before?.code ?? currencyOfSign(num.sign);
  let value = num.value;
  let valueMax = num.valueMax;
  let end = num.end;
  // "10 to 12 million", "$5-$7 billion", "between 60 and 90"
  const joiner = lower(tokens[end]);
  const between = lower(tokens[i - 1]) === "between" && joiner === "and";
  if ((RANGE_JOINERS.has(joiner) || between) && valueMax === null && value !== null) {
    let k = end + 1;
    k += currencyBefore(tokens, k)?.width ?? 0;
    const max = readNumber(tokens, k);
    if (max && max.value !== null && !max.vague) {
      valueMax = max.value;
      if (max.multiplied && !num.multiplied) {
        const factor = max.value / toNumber((tokens[k] as Token).text.replace(/[^\d.,]/g, "") || "1");
        if (Number.isFinite(factor) && factor > 1) value *= factor;
      }
      end = max.end;
      num.suffix = max.suffix ?? num.suffix;
    }
  }
  let kind: Amount["kind"] = currency ? "money" : "count";
  let unit: string | null = currency;
  const after = unitAfter(tokens, end, num.suffix);
  if (after && !(currency && after.kind !== "money")) {
    kind = after.kind;
    unit = after.kind === "money" && currency ? currency : after.unit;
    end = after.end;
  } else if (num.suffix && !currency) return null;
  return { first: i, end, value, valueMax, kind, unit, vague: num.vague, numberToken: j };
}
