/**
 * Locating the article in a light tree: score each element by the prose it holds (long, link-poor
 * blocks outside furniture), then descend from the root into the child holding most of it while that
 * child keeps DESCEND_SHARE of the prose. Blocks under the chosen element are the candidate body.
 */
import type { RemovedKind } from "../contract/analysis.js";
import {
  LIST_PROSE_WEIGHT,
  MAX_EXTENSION_GAP,
  MAX_PROSE_LINK_DENSITY,
  MIN_PROSE_CHARS,
  PROTECT_NOISE_SHARE,
  SIBLING_LEVELS,
} from "./heuristics.js";
import type { HtmlBlock } from "./html-blocks.js";
import type { El } from "./html-tree.js";

export function proseValue(b: HtmlBlock): number {
  if (b.kind === "heading" || b.text.length < MIN_PROSE_CHARS) return 0;
  if (b.linkChars / b.text.length > MAX_PROSE_LINK_DENSITY) return 0;
  // Sentences end in punctuation; menus and labels rarely do.
  const sentenceLike = /[.!?…"”'’):;]$/.test(b.text) || /[.!?]\s/.test(b.text);
  return sentenceLike ? b.text.length : b.text.length / 4;
}

function addUp(scores: Map<El, number>, from: El, v: number): void {
  for (let el: El | null = from; el; el = el.parent) scores.set(el, (scores.get(el) ?? 0) + v);
}

/** The furniture kind that applies to a block, ignoring furniture marks on elements that hold the article. */
export function effectiveNoise(b: HtmlBlock, protectedEls: Set<El>): RemovedKind | null {
  for (const m of b.noise) if (!protectedEls.has(m.el)) return m.kind;
  return null;
}

export interface ContentChoice {
  container: El;
  /** The container and the siblings of it that join it, in document order. */
  members: Set<El>;
  /** The highest ancestor whose children were considered; article text does not extend beyond it. */
  scope: El;
  prose: number;
  protectedEls: Set<El>;
}

export function chooseContainer(root: El, blocks: HtmlBlock[]): ContentChoice {
  const raw = new Map<El, number>();
  const values = blocks.map(proseValue);
  for (let i = 0; i < blocks.length; i++) if (values[i]! > 0) addUp(raw, blocks[i]!.owner, values[i]!);
  const total = raw.get(root) ?? 0;
  const protectedEls = new Set<El>();
  for (const b of blocks) {
    for (const m of b.noise) {
      // Comment sections can outweigh a short article; they are never the article.
      if (m.kind !== "comments" && total > 0 && (raw.get(m.el) ?? 0) >= PROTECT_NOISE_SHARE * total) protectedEls.add(m.el);
    }
  }
  const scores = new Map<El, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (values[i]! > 0 && effectiveNoise(b, protectedEls) === null)
      addUp(scores, b.owner, values[i]! * (b.kind === "list" ? LIST_PROSE_WEIGHT : 1));
  }
  // The element that directly holds most prose (paragraph parent, half for grandparent), as in
  // Readability; then siblings of it that hold a fair share of prose join it.
  const direct = new Map<El, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const v = values[i]! * (b.kind === "list" ? LIST_PROSE_WEIGHT : 1);
    if (v <= 0 || effectiveNoise(b, protectedEls) !== null) continue;
    const parent = b.owner.parent ?? b.owner;
    direct.set(parent, (direct.get(parent) ?? 0) + v);
    if (parent.parent) direct.set(parent.parent, (direct.get(parent.parent) ?? 0) + v / 2);
  }
  let best = root;
  let bestScore = -1;
  for (const [el, v] of direct) {
    if (v > bestScore) {
      best = el;
      bestScore = v;
    }
  }
  const members = [best];
  // Climb a few levels: an article split into sibling sections (one per ad slot) joins up again.
  let level: El = best;
  for (let up = 0; up < SIBLING_LEVELS.length && level.parent; up++, level = level.parent) {
    for (const c of level.parent.children) {
      if (typeof c === "string" || c === level) continue;
      if ((scores.get(c) ?? 0) >= SIBLING_LEVELS[up]! * bestScore) members.push(c);
    }
  }
  const cur = best;
  return {
    container: cur,
    scope: level,
    members: new Set(members),
    prose: members.reduce((n, m) => n + (scores.get(m) ?? 0), 0),
    protectedEls,
  };
}

export function isInside(el: El, members: Set<El>): boolean {
  for (let e: El | null = el; e; e = e.parent) if (members.has(e)) return true;
  return false;
}

/**
 * Indexes of the blocks that make up the article: those under the chosen members, extended backwards
 * and forwards over adjacent prose blocks within the scope (a lead paragraph set apart from the body
 * container, a closing paragraph after an embed), skipping at most MAX_EXTENSION_GAP other blocks.
 */
export function articleBlockIndexes(blocks: HtmlBlock[], choice: ContentChoice): number[] {
  const inMembers = blocks.map((b) => isInside(b.owner, choice.members));
  const first = inMembers.indexOf(true);
  if (first < 0) return [];
  const last = inMembers.lastIndexOf(true);
  const isProse = (i: number) => {
    const b = blocks[i]!;
    return proseValue(b) > 0 && effectiveNoise(b, choice.protectedEls) === null && isInside(b.owner, new Set([choice.scope]));
  };
  const extra: number[] = [];
  for (const dir of [-1, 1]) {
    let gap = 0;
    for (let i = dir < 0 ? first - 1 : last + 1; i >= 0 && i < blocks.length && gap <= MAX_EXTENSION_GAP; i += dir) {
      if (!isInside(blocks[i]!.owner, new Set([choice.scope]))) break;
      if (isProse(i)) {
        extra.push(i);
        gap = 0;
      } else gap++;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (inMembers[i] || extra.includes(i)) out.push(i);
  return out;
}
