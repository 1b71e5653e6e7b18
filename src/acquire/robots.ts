/** robots.txt (RFC 9309): groups for our product token or '*', longest matching Allow/Disallow wins. */

export interface RobotsRules {
  allow(path: string): boolean;
  /** Crawl-delay in seconds, when the group gives one. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split("*")
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}

export const ALLOW_ALL: RobotsRules = { allow: () => true, crawlDelay: null };
export const DISALLOW_ALL: RobotsRules = { allow: () => false, crawlDelay: null };

export function parseRobots(txt: string, productToken: string): RobotsRules {
  const token = productToken.toLowerCase();
  type Group = { agents: string[]; rules: Rule[]; delay: number | null };
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of txt.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trim();
    if (key === "user-agent") {
      if (!cur || !lastWasAgent) {
        cur = { agents: [], rules: [], delay: null };
        groups.push(cur);
      }
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if ((key === "allow" || key === "disallow") && value !== "")
      cur.rules.push({ allow: key === "allow", pattern: value, re: compile(value) });
    else if (key === "crawl-delay" && Number.isFinite(Number(value))) cur.delay = Number(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && token.includes(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  const delay = chosen.find((g) => g.delay !== null)?.delay ?? null;
  return {
    crawlDelay: delay,
    allow(path: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}
