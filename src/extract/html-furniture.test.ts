import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { analyze } from "../pipeline/analyze.js";
import { isDatelineBlock } from "./classify-blocks.js";
import { extractDocument } from "./index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/extract");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");

function kindsOf(d: { text: string; removed: Array<{ kind: string; text: string }> }, needle: string): string[] {
  assert.ok(!d.text.includes(needle), `"${needle}" should not be in the text`);
  return d.removed.filter((r) => r.text.includes(needle)).map((r) => r.kind);
}

test("HTML: navigation, hidden text, cookie walls, comment forms and threads inside the article are removed with their kind", () => {
  const a = analyze({ id: "f", html: read("furniture-inside.html") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.match(d.text, /^The cantonal road office closed the upper pass/);
  assert.match(d.text, /follow the alerts on the official app\.$/);
  assert.ok(d.paragraphs.some((p) => p.kind === "heading" && d.text.slice(p.start, p.end) === "An old worry"));
  assert.deepEqual(kindsOf(d, "Valleys"), ["navigation"]);
  assert.deepEqual(kindsOf(d, "Glaciers"), ["navigation"]);
  assert.deepEqual(kindsOf(d, "Skip the video player"), ["other"]);
  assert.deepEqual(kindsOf(d, "Accept cookies to watch it"), ["cookie"]);
  assert.deepEqual(kindsOf(d, "Leave a Reply"), ["comments"]);
  assert.deepEqual(kindsOf(d, "holding its breath"), ["comments"]);
  // The byline printed above the text and repeated below it: both removed, the metadata keeps one.
  assert.deepEqual(kindsOf(d, "By Ida Brenner"), ["byline", "byline"]);
  assert.equal(d.byline, "By Ida Brenner");
  assert.equal(d.publisher, "Alpine Herald");
});

test("HTML fallback: a short page keeps its two sentences, not the menu or the address", () => {
  const a = analyze({ id: "s", html: read("short-page.html") });
  assertValidAnalysis(a);
  assert.equal(
    a.document.text,
    "The 07:40 ferry to the outer islands is cancelled today because of high winds.\n\nPassengers with tickets can travel on the afternoon boat at no extra cost.",
  );
});

test("HTML fallback: a listing page keeps its teasers, not the menu or footer links", () => {
  const a = analyze({ id: "l", html: read("listing.html") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.ok(d.text.includes("Builders completed the work two weeks early, the council said."));
  assert.ok(d.text.includes("Readers asked for Sunday afternoons, and the trustees agreed."));
  for (const menu of ["Opinion", "About us", "Privacy"]) assert.ok(!d.text.includes(menu), menu);
});

test("HTML: unusual markup (text in a table cell split by <br><br>) gives one paragraph per break", () => {
  const a = analyze({ id: "br", html: read("br-separated.html") });
  assertValidAnalysis(a);
  assert.equal(a.document.paragraphs.length, 3);
  assert.match(a.document.text, /^The snow came late this year/);
});

const BODY =
  "<p>The regional assembly voted on Tuesday to extend the fishing moratorium for another two years, after a long and bitter debate.</p>" +
  "<p>Opponents said the measure would cost jobs in the smaller ports, while supporters pointed to the recovering stocks of cod.</p>" +
  "<p>The decision still needs the approval of the national ministry, which is expected to rule before the summer recess.</p>";

test("HTML: a visible dateline gives publishedAt with source 'text' and is removed as a dateline", () => {
  for (const [line, iso] of [
    ["Published 4 March 2024", "2024-03-04"],
    ["Monday 4 March 2024 10.15 GMT", "2024-03-04"],
    ["Published: Monday, March 4, 2024 at 9:30 a.m. ET", "2024-03-04"],
    ["Posted on March 4th, 2024", "2024-03-04"],
  ] as const) {
    const d = extractDocument({
      id: "dl",
      html: `<html><body><article><h1>Assembly vote</h1><div class="meta">${line}</div>${BODY}</article></body></html>`,
    });
    assert.equal(d.publishedAt, iso, line);
    assert.equal(d.publishedAtSource, "text", line);
    assert.deepEqual(kindsOf(d, line), ["dateline"], line);
    assert.match(d.text, /^The regional assembly/);
  }
});

test("dateline blocks are dates and labels only", () => {
  assert.ok(isDatelineBlock("Updated: 04/03/2024 10:15"));
  assert.ok(isDatelineBlock("2024-03-04"));
  assert.ok(isDatelineBlock("Mon 4 Mar 2024 10.15 GMT"));
  assert.ok(!isDatelineBlock("March 4, 2024: the day the assembly voted"));
  assert.ok(!isDatelineBlock("The vote was held on 4 March 2024."));
  assert.ok(!isDatelineBlock("Published by the regional office"));
});

test("HTML fallback: a page of nothing but link text is kept rather than refused", () => {
  const d = extractDocument({
    id: "links",
    html: '<html><head><title>Harbour office</title></head><body><a href="/t"><p>Winter timetables</p><p>Fares and tickets</p></a></body></html>',
  });
  assert.equal(d.text, "Winter timetables\n\nFares and tickets");
});

test("HTML: menus, cookie notices and footers outside the article are listed in removed after the article's own", () => {
  const html = `<html><head><title>Ferry talks resume</title></head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Ferry talks resume</h1>
<p>Negotiators from the two island states met on Tuesday to restart talks on the ferry route that was suspended last year after a dispute over fuel costs.</p>
<p>The delegations said they expected a deal on shared fuel purchases within weeks, though officials cautioned that the question of docking fees remained open.</p>
<p>Residents of both islands have relied on private boats since the service stopped, and local businesses say tourism has fallen by a third.</p>
</article>
<footer class="site-footer"><p>© 2024 Harbour News. All rights reserved.</p><p><a href="/about">About us</a></p></footer>
</body></html>`;
  const a = analyze({ id: "page", html });
  assertValidAnalysis(a);
  const d = a.document;
  assert.match(d.text, /^Negotiators from the two island states/);
  assert.deepEqual(kindsOf(d, "Home"), ["navigation"]);
  assert.deepEqual(kindsOf(d, "We use cookies"), ["cookie"]);
  assert.deepEqual(kindsOf(d, "All rights reserved"), ["other"]);
  assert.equal(d.removed[0]?.kind, "title");
});
