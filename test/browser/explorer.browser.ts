/**
 * Browser checks of the explorer with playwright-core driving Debian's chromium (/usr/bin/chromium):
 * search → article highlights → actor → dyad → evidence, the network view, untrusted markup shown as
 * text, and live analysis. Screenshots go to artifacts/screenshots/. Skips when chromium is absent.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { createApp } from "../../src/server/app.js";
import { fixtureAnalyses, loadAnalyses, XSS_IMG, XSS_SCRIPT } from "../../src/server/fixtures/corpus.js";
import { type RunningServer, startServer } from "../../src/server/serve.js";
import { DEFAULT_WEB_DIR } from "../../src/server/static.js";
import { warmUp } from "../../src/server/warm.js";
import { ensureWebBuilt } from "../../src/server/web-build.js";
import { open, type Store } from "../../src/store/index.js";

/** Debian's chromium; ENTENTE_CHROMIUM points elsewhere (or at nothing, to see the skip). */
const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = join(process.cwd(), "artifacts/screenshots");
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium); browser tests skipped`;
if (skip) process.stderr.write(`SKIP: ${skip}\n`);

let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let profileDir: string;
let ids: number[];
const consoleErrors: string[] = [];
/** Page loads timed; the median is held to the 1 s target (single loads jitter on a busy machine). */
const LOAD_SAMPLES = 5;

before(async () => {
  if (skip) return;
  await ensureWebBuilt();
  mkdirSync(SHOTS, { recursive: true });
  store = open(":memory:");
  ids = loadAnalyses(store, fixtureAnalyses());
  warmUp(store); // as `entente serve` does before printing its URL
  server = await startServer(createApp({ store, webDir: DEFAULT_WEB_DIR }), 0);
  profileDir = mkdtempSync(join(tmpdir(), "entente-chromium-"));
  // a fresh profile per run: launchPersistentContext passes it as --user-data-dir
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
});

after(async () => {
  if (skip) return;
  await context?.close();
  await server?.close();
  store?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test("first page load is fast and shows the search page", { skip }, async () => {
  // every load fetches everything again, as a first visit does
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const loads: number[] = [];
  for (let i = 0; i < LOAD_SAMPLES; i++) {
    await page.goto("about:blank");
    await page.goto(server.url, { waitUntil: "load" });
    await page.waitForSelector(".result-count");
    // navigation start → first view rendered with its API data, measured by the page itself
    loads.push(await page.evaluate(() => performance.getEntriesByName("entente:first-view")[0]?.startTime ?? -1));
  }
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  const median = [...loads].sort((a, b) => a - b)[Math.floor(LOAD_SAMPLES / 2)]!;
  process.stderr.write(
    `first page load, no cache (navigation start to rendered search results): ${loads.map(Math.round).join(", ")} ms; median ${Math.round(median)} ms\n`,
  );
  assert.ok(median > 0 && median < 1000, `first load took ${median} ms (median of ${LOAD_SAMPLES})`);
  assert.match((await page.textContent(".result-count"))!, /4 articles/);
  await shot("1-search");
});

test("search → article highlights → actor → dyad → evidence", { skip }, async () => {
  await page.fill("input[name=q]", "quota");
  await page.click("form.search-form button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".result-count")?.textContent?.includes("1 article"));
  await page.click(".result-list a.title");
  await page.waitForSelector(".article-text");
  assert.equal(await page.textContent("h1.article-title"), "Chile accuses Norway of breaking the catch quota");
  // every layer is highlighted
  for (const sel of [".ent-country", ".ent-person", ".event.event-conf", ".quote", ".speaker", ".time"]) {
    assert.ok((await page.locator(`.article-text ${sel}`).count()) > 0, `no ${sel} highlight`);
  }
  const trigger = page.locator(".article-text .event", { hasText: "accused" }).first();
  await trigger.click();
  await page.waitForSelector(".details[data-layer=events]");
  assert.match((await page.textContent(".details h3"))!, /ACCUSE/);
  assert.match((await page.textContent(".details blockquote.evidence mark"))!, /accused/);
  await shot("2-article");

  await page.click(".details a:has-text('Norway')");
  await page.waitForSelector("h1.actor-name");
  assert.equal(await page.textContent("h1.actor-name"), "Norway");
  assert.ok((await page.locator("table.counterparts a", { hasText: "Chile" }).count()) > 0);
  assert.ok((await page.locator("svg.timeline g.bar").count()) > 0);
  await shot("3-actor");

  await page.click("table.counterparts tr:has(a:has-text('Chile')) a.dyad-link");
  await page.waitForSelector("svg.timeline g.bar");
  assert.equal(await page.locator("svg.timeline g.bar").count(), 2);
  await page.waitForFunction(() => document.querySelector(".evidence-box h3")?.textContent?.includes("All periods"));
  await page.click("svg.timeline g.bar[data-period='2024-05']");
  await page.waitForFunction(() => document.querySelector(".evidence-box h3")?.textContent?.startsWith("2024-05"));
  const evidence = await page.locator(".evidence-box .event-row").allTextContents();
  assert.equal(evidence.length, 2);
  assert.ok(evidence.some((t) => t.includes("THREATEN") && t.includes("impose sanctions")));
  assert.ok((await page.locator(".evidence-box blockquote.evidence mark").count()) === 2);
  await shot("4-dyad");
});

test("the network view renders countries, edges and blocs", { skip }, async () => {
  await page.goto(`${server.url}#/network`);
  await page.waitForSelector("svg.network");
  assert.equal(await page.locator("svg.network a.node").count(), 4);
  assert.ok((await page.locator("svg.network line.edge").count()) >= 3);
  assert.ok((await page.locator(".bloc-chip").count()) >= 1);
  await shot("5-network");
  // narrowing the window to March keeps only Norway–Chile
  await page.goto(`${server.url}#/network?from=2024-03-01&to=2024-03-31`);
  await page.waitForFunction(() => document.querySelectorAll("svg.network line.edge").length === 1);
});

test("article text with <script> and <img onerror> is shown as text, never run", { skip }, async () => {
  await page.goto(`${server.url}#/article/${ids[3]}`);
  await page.waitForSelector(".article-text");
  const text = (await page.textContent(".article-text"))!;
  assert.ok(text.includes(XSS_SCRIPT), "script markup should appear as text");
  assert.ok(text.includes(XSS_IMG), "img markup should appear as text");
  assert.ok((await page.textContent("h1.article-title"))!.includes(XSS_SCRIPT));
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(await page.locator("main script").count(), 0);
  // the stored javascript: URL is not turned into a link
  assert.equal(await page.locator("a[href^='javascript']").count(), 0);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await shot("6-untrusted-markup");
});

test("quotes browser and live analysis of a pasted article", { skip }, async () => {
  await page.goto(`${server.url}#/quotes?q=bargain`);
  await page.waitForSelector(".quote-list .quote-row");
  assert.match((await page.textContent(".quote-list"))!, /fair bargain/);
  await shot("7-quotes");
  await page.goto(`${server.url}#/analyze`);
  await page.fill(
    "textarea.paste",
    "The foreign ministers of Peru and Ecuador met in Lima on Monday and signed a border accord.\n\nBoth said the deal would last.",
  );
  // the first analysis loads the NLP model and knowledge base, so allow for a cold start on a busy machine
  await page.waitForSelector(".analysis-out .article-text", { timeout: 60_000 });
  assert.match((await page.textContent(".analysis-out .article-text"))!, /signed a border accord/);
  assert.match((await page.textContent(".status"))!, /Analysed in \d+ ms/);
  await shot("8-analyze");
  assert.deepEqual(consoleErrors, []);
});
