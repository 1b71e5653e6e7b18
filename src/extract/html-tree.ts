/**
 * A light HTML tree built in one htmlparser2 pass: only what extraction needs (tags, a few attributes,
 * text), with script/style/media subtrees dropped while parsing. Much cheaper than a full DOM, which is
 * where Readability+linkedom spends its time. Head metadata (meta, link, title, JSON-LD) is collected on
 * the way.
 */
import { Parser } from "htmlparser2";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export type Node = El | string;

export interface HeadInfo {
  title: string;
  lang: string | null;
  metas: Array<Record<string, string>>;
  links: Array<Record<string, string>>;
  jsonLd: string[];
}

export interface LightTree {
  root: El;
  head: HeadInfo;
  /** True when the depth cap or node cap cut the tree. */
  truncated: boolean;
}

/** Subtrees we never read text from. */
const DROP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "select",
  "textarea",
  "button",
  "head",
]);
/** Attributes worth keeping (the rest are ignored to save memory). */
const KEEP_ATTRS = new Set([
  "class",
  "id",
  "role",
  "itemprop",
  "itemtype",
  "rel",
  "href",
  "datetime",
  "aria-label",
  "aria-hidden",
  "hidden",
  "style",
  "lang",
  "data-testid",
  "data-component",
  "type",
]);
/** Nesting beyond this is flattened into the element at the cap (pathological pages). */
export const MAX_DEPTH = 256;
/** Elements beyond this many are not materialised (text still is, into the current element). */
export const MAX_ELEMENTS = 200_000;

const RAW_OPEN = /<(script|style|svg)\b[^>]*>/gi;
const RAW_CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, svg: /<\/svg\s*>/gi };

/**
 * Cuts script, style and inline SVG bodies out before tokenising (they are most of a news page's bytes
 * and never article text), keeping JSON-LD scripts. Linear: each body is found with one forward search,
 * and an unclosed one ends the cutting.
 */
export function stripRawText(html: string): string {
  const parts: string[] = [];
  let last = 0;
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    const tag = (m[1] as string).toLowerCase();
    const close = RAW_CLOSE[tag] as RegExp;
    close.lastIndex = RAW_OPEN.lastIndex;
    const c = close.exec(html);
    if (!c) break;
    RAW_OPEN.lastIndex = close.lastIndex;
    if (tag === "script" && /ld\+json/i.test(m[0])) continue;
    parts.push(html.slice(last, m.index));
    last = close.lastIndex;
  }
  parts.push(html.slice(last));
  return parts.join("");
}

/** Open elements beyond the depth cap before the input is re-parsed with its nesting capped (see below). */
export const MAX_GHOSTS = 1_000;
/** Thrown out of a parser callback to abandon a parse. */
const TOO_DEEP = Symbol("too deep");

/**
 * htmlparser2 keeps its open-element stack with unshift/shift, so each tag costs time proportional to
 * the nesting depth: 50,000 nested divs take seconds. When a parse finds itself that deep it is abandoned
 * and the input re-parsed with the tags beyond MAX_DEPTH removed (their text stays, in the element at
 * the cap, as the light tree would have kept it anyway). Ordinary pages never reach this path.
 */
export function parseLightTree(html: string): LightTree {
  const stripped = stripRawText(html);
  try {
    return parseStripped(stripped, true);
  } catch (e) {
    if (e !== TOO_DEEP) throw e;
    const tree = parseStripped(capNesting(stripped, MAX_DEPTH), false);
    tree.truncated = true;
    return tree;
  }
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"]);
/** A close tag looks this far down the open-tag stack for its opener before it is taken as stray. */
const CLOSE_SEARCH = 16;

/** Removes open and close tags nested deeper than `max` (one linear pass; an approximation of the parser's nesting). */
export function capNesting(html: string, max: number): string {
  const names: string[] = [];
  const kept: boolean[] = [];
  return html.replace(TAG, (tag, close: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || tag.endsWith("/>")) return names.length < max ? tag : "";
    if (!close) {
      const keep = names.length < max;
      names.push(name);
      kept.push(keep);
      return keep ? tag : "";
    }
    for (let k = names.length - 1; k >= 0 && k >= names.length - CLOSE_SEARCH; k--) {
      if (names[k] !== name) continue;
      const keep = kept[k] as boolean;
      names.length = k;
      kept.length = k;
      return keep ? tag : "";
    }
    return names.length < max ? tag : "";
  });
}

function parseStripped(stripped: string, bail: boolean): LightTree {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  const head: HeadInfo = { title: "", lang: null, metas: [], links: [], jsonLd: [] };
  let cur = root;
  let depth = 0;
  /** Open tags below the cap or inside a dropped subtree: counted, not materialised. */
  let ghost = 0;
  let dropDepth = 0;
  let elements = 0;
  let truncated = false;
  let capture: "title" | "jsonld" | null = null;
  let captured = "";

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "html" && attribs.lang && !head.lang) head.lang = attribs.lang;
        if (name === "meta") head.metas.push(attribs);
        else if (name === "link") head.links.push(attribs);
        if (name === "title" && !head.title) {
          capture = "title";
          captured = "";
        } else if (name === "script" && /ld\+json/i.test(attribs.type ?? "")) {
          capture = "jsonld";
          captured = "";
        }
        if (dropDepth > 0) {
          dropDepth++;
          return;
        }
        if (DROP.has(name)) {
          dropDepth = 1;
          return;
        }
        if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
          truncated = true;
          ghost++;
          if (bail && ghost > MAX_GHOSTS) throw TOO_DEEP;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEEP_ATTRS.has(k)) attrs[k] = attribs[k] as string;
        const el: El = { tag: name, attrs, children: [], parent: cur };
        cur.children.push(el);
        cur = el;
        depth++;
        elements++;
      },
      ontext(text) {
        if (capture) captured += text;
        if (dropDepth > 0) return;
        const last = cur.children[cur.children.length - 1];
        if (typeof last === "string") cur.children[cur.children.length - 1] = last + text;
        else cur.children.push(text);
      },
      onclosetag(name) {
        if (capture === "title" && name === "title") {
          head.title = captured;
          capture = null;
        } else if (capture === "jsonld" && name === "script") {
          head.jsonLd.push(captured);
          capture = null;
        }
        if (dropDepth > 0) {
          dropDepth--;
          return;
        }
        if (ghost > 0) {
          ghost--;
          return;
        }
        if (cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(stripped);
  parser.end();
  return { root, head, truncated };
}

export function attr(el: El, name: string): string {
  return el.attrs[name] ?? "";
}

/** Concatenated text of a subtree (no block separation). */
export function textOf(node: Node): string {
  if (typeof node === "string") return node;
  let s = "";
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === "string") s += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node);
  }
  return s;
}

/** All elements with one of the given tags, in document order. */
export function findAll(root: El, tags: Set<string>): El[] {
  const out: El[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === "string") continue;
    if (tags.has(n.tag)) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node);
  }
  return out;
}
