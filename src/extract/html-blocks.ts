/**
 * Flatten a light tree into text blocks (paragraphs, headings, list items, quotes), each with its
 * owning block element, link-text share and the furniture ancestors it sits in.
 */
import type { Paragraph, RemovedKind } from "../contract/analysis.js";
import { NOISE_CLASS_PREFIXES, NOISE_CLASS_WORDS, NOISE_ROLES, NOISE_TAGS } from "./heuristics.js";
import type { El } from "./html-tree.js";
import { normaliseBlockText } from "./paragraphs.js";

export const BLOCK_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "form",
  "fieldset",
  "address",
  "center",
  "details",
  "summary",
  "hr",
  "body",
  "html",
  "menu",
  "dialog",
  "caption",
  "legend",
  "picture",
  "hgroup",
  "noscript",
]);

export interface NoiseMark {
  el: El;
  kind: RemovedKind;
}

export interface HtmlBlock {
  text: string;
  kind: Paragraph["kind"];
  owner: El;
  linkChars: number;
  /** Furniture ancestors, outermost first. */
  noise: NoiseMark[];
  /** Inside an h1 element. */
  h1: boolean;
}

const classWordCache = new Map<string, RemovedKind | null>();

function classWordKind(word: string): RemovedKind | null {
  const hit = classWordCache.get(word);
  if (hit !== undefined) return hit;
  let kind: RemovedKind | null = NOISE_CLASS_WORDS.get(word) ?? null;
  if (!kind) for (const [prefix, k] of NOISE_CLASS_PREFIXES) if (word.startsWith(prefix)) kind = k;
  classWordCache.set(word, kind);
  return kind;
}

/** Why an element is page furniture, from its tag, role, visibility and class/id words; null if not. */
export function noiseKindOf(el: El): RemovedKind | null {
  const byTag = NOISE_TAGS.get(el.tag);
  if (byTag) return byTag;
  const a = el.attrs;
  if (a.role) {
    const byRole = NOISE_ROLES.get(a.role.toLowerCase());
    if (byRole) return byRole;
  }
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return "other";
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return "other";
  const names = `${a.class ?? ""} ${a.id ?? ""} ${a["data-component"] ?? ""} ${a["data-testid"] ?? ""}`;
  if (names.length === 3) return null;
  const cached = namesCache.get(names);
  if (cached !== undefined) return cached;
  const kind = classNamesKind(names);
  if (namesCache.size > MAX_NAMES_CACHE) namesCache.clear();
  namesCache.set(names, kind);
  return kind;
}

/** Class/id strings repeat a lot within and across pages; their verdicts are cached. */
const namesCache = new Map<string, RemovedKind | null>();
const MAX_NAMES_CACHE = 50_000;

function classNamesKind(names: string): RemovedKind | null {
  // Whole class tokens first ("wp-caption", "see-also"), then their parts.
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const whole = token.toLowerCase();
    const k = NOISE_CLASS_WORDS.get(whole);
    if (k) return k;
    for (const part of token
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)) {
      if (!part) continue;
      const pk = classWordKind(part);
      if (pk) return pk;
    }
  }
  return null;
}

function kindOfTag(tag: string, inherited: Paragraph["kind"]): Paragraph["kind"] {
  if (tag.length === 2 && tag[0] === "h" && tag[1]! >= "1" && tag[1]! <= "6") return "heading";
  if (tag === "li" || tag === "dd" || tag === "dt") return inherited === "quote" ? "quote" : "list";
  if (tag === "blockquote") return "quote";
  return inherited;
}

interface Ctx {
  kind: Paragraph["kind"];
  owner: El;
  noise: NoiseMark[];
  inLink: boolean;
  h1: boolean;
}

export function collectBlocks(root: El): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buf = "";
  let links = 0;
  let bufCtx: Ctx | null = null;

  const flush = () => {
    if (bufCtx && /\S/.test(buf)) {
      // A run of <br>s inside one block separates paragraphs.
      const parts = buf.includes("\n\n") ? buf.split(/\n\s*\n/) : [buf];
      const total = buf.length;
      for (const part of parts) {
        const text = normaliseBlockText(part);
        if (!text) continue;
        const share = parts.length === 1 ? links : Math.round((links * part.length) / total);
        blocks.push({
          text,
          kind: bufCtx.kind,
          owner: bufCtx.owner,
          linkChars: Math.min(share, text.length),
          noise: bufCtx.noise,
          h1: bufCtx.h1,
        });
      }
    }
    buf = "";
    links = 0;
    bufCtx = null;
  };

  const walk = (el: El, ctx: Ctx) => {
    const isBlock = BLOCK_TAGS.has(el.tag);
    if (isBlock) flush();
    const nk = noiseKindOf(el);
    const kind = kindOfTag(el.tag, ctx.kind);
    // Plain inline elements (span, em, strong, …) share their parent's context: fewer allocations.
    const next: Ctx =
      !isBlock && !nk && kind === ctx.kind && el.tag !== "a" && el.tag !== "h1"
        ? ctx
        : {
            kind,
            owner: isBlock ? el : ctx.owner,
            noise: nk ? [...ctx.noise, { el, kind: nk }] : ctx.noise,
            inLink: ctx.inLink || el.tag === "a",
            h1: ctx.h1 || el.tag === "h1",
          };
    for (const child of el.children) {
      if (typeof child === "string") {
        if (!bufCtx) bufCtx = next;
        else if (bufCtx.owner !== next.owner || bufCtx.noise !== next.noise || bufCtx.kind !== next.kind) {
          if (/\S/.test(buf)) flush();
          bufCtx = next;
        }
        buf += child;
        if (next.inLink) links += child.trim().length;
      } else if (child.tag === "br") {
        buf += "\n";
      } else if (child.tag === "img" || child.tag === "hr") {
        if (child.tag === "hr") flush();
      } else {
        walk(child, next);
      }
    }
    if (isBlock) flush();
  };
  walk(root, { kind: "body", owner: root, noise: [], inLink: false, h1: false });
  flush();
  return blocks;
}
