/** A small force-directed layout (repulsion between all nodes, springs along edges, gravity to the centre). */
export interface ForceNode {
  id: string;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

export interface ForceEdge {
  a: string;
  b: string;
  /** Spring strength, e.g. the number of events between the two. */
  weight: number;
}

/** Tuned for tens to a couple of hundred nodes in a ~800×560 box. */
const REPULSION = 2400;
const SPRING = 0.02;
const SPRING_LENGTH = 90;
const GRAVITY = 0.015;
const DAMPING = 0.82;
const ITERATIONS = 300;

export function layout(
  ids: readonly string[],
  edges: readonly ForceEdge[],
  width: number,
  height: number,
): Map<string, { x: number; y: number }> {
  const nodes: ForceNode[] = ids.map((id, i) => {
    // deterministic start on a circle so the picture is stable between renders
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length);
    return { id, x: width / 2 + Math.cos(angle) * width * 0.35, y: height / 2 + Math.sin(angle) * height * 0.35, vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d2 = Math.max(25, dx * dx + dy * dy);
        const f = REPULSION / d2;
        const d = Math.sqrt(d2);
        a.vx += (f * dx) / d;
        a.vy += (f * dy) / d;
        b.vx -= (f * dx) / d;
        b.vy -= (f * dy) / d;
      }
    }
    for (const e of edges) {
      const a = nodes[index.get(e.a) ?? -1];
      const b = nodes[index.get(e.b) ?? -1];
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
      const f = SPRING * (0.5 + e.weight / maxW) * (d - SPRING_LENGTH);
      a.vx += (f * dx) / d;
      a.vy += (f * dy) / d;
      b.vx -= (f * dx) / d;
      b.vy -= (f * dy) / d;
    }
    for (const n of nodes) {
      n.vx = (n.vx + (width / 2 - n.x) * GRAVITY) * DAMPING;
      n.vy = (n.vy + (height / 2 - n.y) * GRAVITY) * DAMPING;
      n.x = Math.min(width - 20, Math.max(20, n.x + n.vx));
      n.y = Math.min(height - 20, Math.max(20, n.y + n.vy));
    }
  }
  return fitToBox(nodes, width, height);
}

/** Keep free space around the drawing this wide (labels sit to the right of nodes). */
const MARGIN = 60;

/** Stretch the layout to fill the box, so small graphs are not a knot in the middle. */
function fitToBox(nodes: readonly ForceNode[], width: number, height: number): Map<string, { x: number; y: number }> {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * MARGIN) / Math.max(1, maxX - minX), (height - 2 * MARGIN) / Math.max(1, maxY - minY));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return new Map(nodes.map((n) => [n.id, { x: width / 2 + (n.x - cx) * scale, y: height / 2 + (n.y - cy) * scale }]));
}
