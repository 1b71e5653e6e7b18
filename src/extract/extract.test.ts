import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { EntenteError } from "../contract/errors.js";
import { analyze } from "../pipeline/analyze.js";
import { extractDocument } from "./index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/extract");
const read = (name: string) => readFileSync(join(fixtures, name), "utf8");

function removedKinds(text: string, removed: Array<{ kind: string; text: string }>, needle: string): string[] {
  assert.ok(!text.includes(needle), `"${needle}" should not be in the text`);
  return removed.filter((r) => r.text.includes(needle)).map((r) => r.kind);
}

test("HTML: furniture goes to removed with its kind; headings, lists and quotes stay", () => {
  const a = analyze({ id: "noisy", html: read("noisy-article.html") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.match(d.text, /^The two harbour towns/);
  assert.match(d.text, /longer than the previous truce, which collapsed after a single season\.$/);
  assert.ok(d.paragraphs.some((p) => p.kind === "heading" && d.text.slice(p.start, p.end) === "A decade of disputes"));
  assert.equal(d.paragraphs.filter((p) => p.kind === "list").length, 3);
  assert.ok(d.paragraphs.some((p) => p.kind === "quote" && d.text.slice(p.start, p.end).includes("Nobody won")));
  assert.deepEqual(removedKinds(d.text, d.removed, "reservoir above the northern town"), ["caption"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Lena Ivers"), ["credit"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Advertisement"), ["ad"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Share on Facebook"), ["share"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "morning newsletter"), ["newsletter"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Estuary fishing fleet"), ["related"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Read more:"), ["related"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "environment correspondent"), ["bio"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "By Mira Castellan and"), ["byline"]);
  assert.ok(!d.text.includes("sensible outcome"), "comments are not article text");
  assert.ok(!d.text.includes("We use cookies"));
});

test("HTML: metadata from JSON-LD, canonical link and html lang", () => {
  const d = extractDocument({ id: "m", html: read("noisy-article.html") });
  assert.equal(d.title, "Harbour towns agree water-sharing pact");
  assert.equal(d.byline, "Mira Castellan, Tomas Ueda");
  assert.deepEqual(d.authors, ["Mira Castellan", "Tomas Ueda"]);
  assert.equal(d.publisher, "The Coastal Ledger");
  assert.equal(d.language, "en-GB");
  assert.equal(d.url, "https://ledger.example.org/2023/03/14/harbour-water-pact");
  assert.equal(d.publishedAt, "2023-03-14T09:30:00Z");
  assert.equal(d.publishedAtSource, "metadata");
});

test("HTML: metadata from OpenGraph and meta tags", () => {
  const a = analyze({ id: "og", html: read("meta-only.html") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.equal(d.title, "Rail link to the valley reopens after landslide");
  assert.equal(d.byline, "Petra Olsen");
  assert.deepEqual(d.authors, ["Petra Olsen"]);
  assert.equal(d.publisher, "Valley Courier");
  assert.equal(d.language, "de");
  assert.equal(d.publishedAt, "2022-10-05T07:00:00+02:00");
  assert.equal(d.paragraphs.length, 3);
});

test("HTML: publication date from a <time> element, else from the URL", () => {
  const t = extractDocument({ id: "t", html: read("time-and-url.html") });
  assert.equal(t.publishedAt, "2021-11-02");
  assert.equal(t.publishedAtSource, "metadata");
  assert.equal(t.title, "Ferry timetable changes for the winter season");
  const u = extractDocument({ id: "u", html: read("url-date-only.html"), url: "https://news.example.com/2020/06/30/library-hours" });
  assert.equal(u.publishedAt, "2020-06-30");
  assert.equal(u.publishedAtSource, "url");
  const given = extractDocument({ id: "g", html: read("url-date-only.html"), publishedAt: "2020-07-01" });
  assert.equal(given.publishedAtSource, "given");
});

test("bytes: undeclared Windows-1252 page decodes correctly", () => {
  const bytes = readFileSync(join(fixtures, "windows-1252.html"));
  assert.ok(bytes.includes(0x92) && bytes.includes(0xe9), "fixture is really Windows-1252");
  const a = analyze({ id: "cp", bytes: new Uint8Array(bytes), contentType: "text/html" });
  assertValidAnalysis(a);
  const d = a.document;
  assert.match(d.text, /^Café and bistro owners/);
  assert.ok(d.text.includes("The council’s plan"));
  assert.ok(d.text.includes("40€"));
  assert.ok(d.text.includes("“fair but not cheap”"));
  assert.ok(d.text.includes("Naïve hopes"));
  assert.ok(!d.text.includes("\uFFFD"));
});

test("bytes: BOM and <meta charset> are honoured", () => {
  const utf8 = new TextEncoder().encode(
    "\uFEFF<html><body><p>Zürich welcomed the delegates on a grey morning, the mayor said in a short speech.</p></body></html>",
  );
  assert.match(extractDocument({ id: "bom", bytes: utf8 }).text, /^Zürich/);
  const latin = Buffer.from(
    '<html><head><meta charset="iso-8859-1"></head><body><p>Gr\u00fc\u00dfe aus K\u00f6ln, wrote the visitors in the guest book of the town hall.</p></body></html>',
    "latin1",
  );
  assert.match(extractDocument({ id: "l1", bytes: new Uint8Array(latin) }).text, /^Grüße aus Köln/);
});

test("bytes: http-equiv charset and a UTF-16 BOM are honoured", () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>Le prix a augment\u00e9 de 5 \u20ac, a dit le maire de la petite commune.</p></body></html>';
  // ISO-8859-15 puts the euro sign at 0xA4, where Latin-1 and Windows-1252 have "¤".
  const bytes = new Uint8Array(Buffer.from(html.replace("\u20ac", "\u00a4"), "latin1"));
  assert.match(extractDocument({ id: "he", bytes }).text, /^Le prix a augmenté de 5 €/);
  const utf16 = Buffer.from(
    `\uFEFF<html><body><p>Ørsted’s wind farm opened on Friday after two years of building work.</p></body></html>`,
    "utf16le",
  );
  assert.match(extractDocument({ id: "u16", bytes: new Uint8Array(utf16) }).text, /^Ørsted’s wind farm/);
});

test("plain text: title, dateline, captions, credits, related inserts and comment form are removed; headings kept", () => {
  const a = analyze({ id: "txt", text: read("noisy-article.txt") });
  assertValidAnalysis(a);
  const d = a.document;
  assert.equal(d.title, "Fishing quotas split coastal states as talks drag into a third week");
  assert.match(d.text, /^Negotiators from four coastal states/);
  assert.deepEqual(removedKinds(d.text, d.removed, "Lisbon"), ["dateline"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Carla Mendes/Reuters"), ["credit"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Port of Aveiro at dawn"), ["caption"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Harbour workers strike"), ["related"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "Leave a Reply"), ["comments"]);
  assert.deepEqual(removedKinds(d.text, d.removed, "will not be published"), ["comments"]);
  assert.ok(d.paragraphs.some((p) => p.kind === "heading" && d.text.slice(p.start, p.end) === "Cod and hake"));
  assert.ok(d.text.includes("change of government The new fisheries minister"), "glued words repaired");
  assert.equal(d.publishedAt, "2023-03-08");
  assert.equal(d.publishedAtSource, "inferred");
});

test("glue repair leaves camel-cased names alone", () => {
  const d = extractDocument({
    id: "g",
    text: "Sales of the iPhone rose at McDonald outlets while YouTube and PlayStation were flat in the quarter, analysts said.",
  });
  assert.ok(d.text.includes("iPhone") && d.text.includes("McDonald") && d.text.includes("YouTube") && d.text.includes("PlayStation"));
});

test("date inference: weekday agreeing with a day-and-month date in a written year; null without evidence", () => {
  const w = extractDocument({
    id: "w",
    text: "The leaders, who last met in 2023, will meet again on Thursday, May 16, in the capital, officials said in a statement.",
  });
  assert.equal(w.publishedAtSource, "inferred");
  assert.equal(w.publishedAt, "2024-05-16");
  // A weekday alone fits every few years: without a written year there is no evidence.
  const guess = extractDocument({
    id: "g",
    text: "The leaders will meet on Thursday, May 16, in the capital, officials said in a statement.",
  });
  assert.equal(guess.publishedAt, null);
  const none = extractDocument({ id: "n", text: "The leaders met in the capital and agreed to continue the talks, officials said." });
  assert.equal(none.publishedAt, null);
  assert.equal(none.publishedAtSource, null);
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof EntenteError, `expected an EntenteError, got ${e}`);
    return e.code;
  }
  return "no error";
}

/** Runs fn and asserts it finished within ms (a hang or a quadratic blow-up fails the test). */
function within<T>(ms: number, fn: () => T): T {
  const t = performance.now();
  const out = fn();
  const took = performance.now() - t;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms, limit ${ms} ms`);
  return out;
}

test("bad input: empty, binary, non-text and oversized inputs get stable error codes, quickly", () => {
  const fast = (fn: () => unknown) => within(2000, () => code(fn));
  assert.equal(
    fast(() => extractDocument({ id: "e", text: "  \n " })),
    "E_EMPTY",
  );
  assert.equal(
    fast(() => extractDocument({ id: "e", bytes: new Uint8Array() })),
    "E_EMPTY",
  );
  assert.equal(
    fast(() => extractDocument({ id: "e", html: "<html><body><div> </div></body></html>" })),
    "E_EMPTY",
  );
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(
    fast(() => extractDocument({ id: "b", bytes: png })),
    "E_BINARY",
  );
  assert.equal(
    fast(() => extractDocument({ id: "b", bytes: new Uint8Array([65, 66, 0, 1, 2, 67]) })),
    "E_BINARY",
  );
  // Printable bytes that are neither UTF-8 nor plausible Windows-1252 text (no NULs, no magic number).
  let seed = 7;
  const noise = new Uint8Array(20_000).map(() => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 0x20 + (seed % 224);
  });
  assert.equal(
    fast(() => extractDocument({ id: "n", bytes: noise })),
    "E_ENCODING",
  );
  assert.equal(
    within(10_000, () => code(() => extractDocument({ id: "big", text: "a ".repeat(6_500_000) }))),
    "E_TOO_LARGE",
  );
});

test("bad input: bytes that are text but not HTML take the plain-text path", () => {
  const bytes = new TextEncoder().encode("The council met on Monday and approved next year's budget after a short debate.");
  const d = within(2000, () => extractDocument({ id: "p", bytes }));
  assert.equal(d.text, "The council met on Monday and approved next year's budget after a short debate.");
  assert.deepEqual(d.paragraphs, [{ start: 0, end: d.text.length, kind: "body" }]);
});

test("bad input: 50k-deep nesting, truncated markup and a 10 MB page finish within their time limits", () => {
  const para = "<p>The committee published its findings on the harbour dispute after months of hearings and site visits.</p>";
  const deep = `<html><body>${"<div>".repeat(50_000)}${para}${"</div>".repeat(50_000)}</body></html>`;
  assert.match(within(3000, () => extractDocument({ id: "deep", html: deep })).text, /committee published/);
  const unclosed = `<html><body>${"<div><span>".repeat(50_000)}${para}`;
  assert.match(within(3000, () => extractDocument({ id: "open", html: unclosed })).text, /committee published/);
  const truncated = `<html><body><article>${para}${para.replace("committee", "panel")}<p>The report was cut off mid-sen`;
  assert.match(within(2000, () => extractDocument({ id: "trunc", html: truncated })).text, /panel published/);
  const tagsOnly = `<html><body>${"<div></div>".repeat(200_000)}</body></html>`;
  assert.equal(
    within(5000, () => code(() => extractDocument({ id: "tags", html: tagsOnly }))),
    "E_EMPTY",
  );
  const filler = `<div class="teaser"><a href="/x">Another headline about something else entirely</a></div>`;
  const huge = `<html><body>${filler.repeat(Math.ceil(10_500_000 / filler.length))}<article>${para.repeat(5)}</article></body></html>`;
  assert.ok(huge.length > 10_000_000);
  const d = within(20_000, () => extractDocument({ id: "huge", html: huge }));
  assert.match(d.text, /committee published/);
});
