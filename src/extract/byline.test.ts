import assert from "node:assert/strict";
import { test } from "node:test";
import { authorsFromByline } from "./byline.js";
import { extractDocument } from "./index.js";

const BODY =
  "<p>The regional assembly voted on Tuesday to extend the fishing moratorium for another two years, after a long debate.</p>" +
  "<p>Opponents said the measure would cost jobs in the smaller ports, while supporters pointed to the recovering stocks.</p>" +
  "<p>The decision still needs the approval of the national ministry, which is expected to rule before the summer.</p>";

function page(head: string, body: string): string {
  return `<html><head><title>Assembly extends fishing moratorium</title>${head}</head><body>${body}</body></html>`;
}

const docOf = (html: string) => extractDocument({ id: "b", html });

test("authors from a byline: 'By', 'and', roles, credentials, dates and publication names are dropped", () => {
  assert.deepEqual(authorsFromByline("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
  assert.deepEqual(authorsFromByline("By Jane Doe, Staff Writer"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("Jane Doe | The Daily Example"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("By Jane Doe\nMarch 4, 2024"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("By Jane Doe March 4, 2024 3:46 PM"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("Jane Doe Updated 3 hours ago"), ["Jane Doe"]);
  assert.deepEqual(authorsFromByline("Last updated: March 4, 2024"), []);
  assert.deepEqual(authorsFromByline("Por María López y Juan Pérez"), ["María López", "Juan Pérez"]);
  assert.deepEqual(authorsFromByline("By Anna Berg, MD\nHealth Desk"), ["Anna Berg"]);
  assert.deepEqual(authorsFromByline("Written by Ola Nordmann\nEdited by Kari Nordmann"), ["Ola Nordmann"]);
  assert.deepEqual(authorsFromByline("Lena Ivers Science Correspondent"), ["Lena Ivers"]);
  assert.deepEqual(authorsFromByline("Tomas Ueda (https://example.org/~tomas)"), ["Tomas Ueda"]);
  assert.deepEqual(authorsFromByline(null), []);
});

test("byline from the page: rel=author, itemprop=name, and a byline box without its date or job title", () => {
  const rel = docOf(
    page("", `<article><h1>Assembly extends fishing moratorium</h1><p>By <a rel="author" href="/a/jd">Jane Doe</a></p>${BODY}</article>`),
  );
  assert.equal(rel.byline, "Jane Doe");
  const item = docOf(
    page(
      "",
      `<article><div itemprop="author" itemscope><span class="label">Written by</span> <span itemprop="name">Kari Lund</span></div>${BODY}</article>`,
    ),
  );
  assert.equal(item.byline, "Kari Lund");
  const boxed = docOf(
    page(
      "",
      `<article><div class="article-byline">By <a href="/a/jd">Jane Doe</a> <time datetime="2024-03-04">March 4, 2024</time></div>${BODY}</article>`,
    ),
  );
  assert.equal(boxed.byline, "By Jane Doe");
  assert.deepEqual(boxed.authors, ["Jane Doe"]);
  const titled = docOf(
    page(
      "",
      `<article><div class="author"><a class="author-link" href="/a/pm">Pia Moen</a><div class="author-title">Energy Editor</div></div>${BODY}</article>`,
    ),
  );
  assert.equal(titled.byline, "Pia Moen");
  assert.deepEqual(titled.authors, ["Pia Moen"]);
});

test("byline from the page: comment threads, menus and name-less boxes are skipped", () => {
  const d = docOf(
    page(
      "",
      `<nav><a class="author-link" href="/me">My account</a></nav>` +
        `<div class="byline">Last updated: March 4, 2024</div>` +
        `<section class="comments"><div class="comment"><span class="byline">Reader One</span><p>Nice piece.</p></div></section>` +
        `<article><p class="byline">By Ivo Marsh</p>${BODY}</article>`,
    ),
  );
  assert.equal(d.byline, "By Ivo Marsh");
  assert.deepEqual(d.authors, ["Ivo Marsh"]);
  assert.ok(!d.text.includes("Ivo Marsh"), "the printed byline is not body text");
});

test("byline from meta tags: author, article:author (name or property), dc.creator; handles and URLs are not names", () => {
  assert.equal(docOf(page(`<meta name="author" content="Petra Olsen">`, BODY)).byline, "Petra Olsen");
  assert.equal(docOf(page(`<meta name="article:author" content="Petra Olsen">`, BODY)).byline, "Petra Olsen");
  assert.equal(docOf(page(`<meta property="article:author" content="Petra Olsen">`, BODY)).byline, "Petra Olsen");
  assert.equal(docOf(page(`<meta name="DC.creator" content="Petra Olsen">`, BODY)).byline, "Petra Olsen");
  const handles = docOf(
    page(`<meta name="twitter:creator" content="@petra"><meta property="article:author" content="https://social.example/petra">`, BODY),
  );
  assert.equal(handles.byline, null);
  assert.deepEqual(handles.authors, []);
  const profile = docOf(
    page(`<meta name="author" content="https://social.example/petra">`, `<article><p class="byline">By Petra Olsen</p>${BODY}</article>`),
  );
  assert.equal(profile.byline, "By Petra Olsen");
});

test("a visible byline wins over a meta author that only names the site", () => {
  const d = docOf(
    page(
      `<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Valley Courier">`,
      `<article><h1>Assembly extends fishing moratorium</h1><div class="byline">By Rune Haug and Eva Lind</div>${BODY}</article>`,
    ),
  );
  assert.equal(d.byline, "By Rune Haug and Eva Lind");
  assert.deepEqual(d.authors, ["Rune Haug", "Eva Lind"]);
  assert.equal(d.publisher, "Valley Courier");
  // Without a printed byline the site-wide value is all there is.
  const only = docOf(page(`<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Valley Courier">`, BODY));
  assert.equal(only.byline, "Valley Courier");
});

test("JSON-LD authors: Person arrays, Organizations, and @id references into a @graph", () => {
  const ld = (json: unknown) => page(`<script type="application/ld+json">${JSON.stringify(json)}</script>`, BODY);
  const people = docOf(
    ld({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Assembly extends fishing moratorium",
      author: [
        { "@type": "Person", name: "Rune Haug" },
        { "@type": "Person", givenName: "Eva", familyName: "Lind" },
      ],
    }),
  );
  assert.deepEqual(people.authors, ["Rune Haug", "Eva Lind"]);
  assert.equal(people.byline, "Rune Haug, Eva Lind");
  const org = docOf(ld({ "@type": "Article", author: { "@type": "Organization", name: "Coastal Wire Service" } }));
  assert.deepEqual(org.authors, ["Coastal Wire Service"]);
  const graph = docOf(
    ld({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "https://ex.example/#site", name: "Example Site" },
        {
          "@type": "NewsArticle",
          headline: "Assembly extends fishing moratorium",
          author: { "@id": "https://ex.example/#/person/1" },
          publisher: { "@id": "https://ex.example/#org" },
        },
        { "@type": "Person", "@id": "https://ex.example/#/person/1", name: "Sigrid Aas" },
        { "@type": "Organization", "@id": "https://ex.example/#org", name: "Example Media" },
      ],
    }),
  );
  assert.deepEqual(graph.authors, ["Sigrid Aas"]);
  assert.equal(graph.publisher, "Example Media");
});

test("a 'By …' line with no markup gives the byline on both paths", () => {
  const html = docOf(page("", `<article><h1>Assembly extends fishing moratorium</h1><p>By Rune Haug and Eva Lind</p>${BODY}</article>`));
  assert.equal(html.byline, "By Rune Haug and Eva Lind");
  assert.deepEqual(html.authors, ["Rune Haug", "Eva Lind"]);
  const text = extractDocument({
    id: "t",
    text: "Assembly extends fishing moratorium\n\nBy Rune Haug, Staff Writer\n\nThe regional assembly voted on Tuesday to extend the fishing moratorium for another two years.\n\nOpponents said the measure would cost jobs in the smaller ports.",
  });
  assert.equal(text.byline, "By Rune Haug, Staff Writer");
  assert.deepEqual(text.authors, ["Rune Haug"]);
  assert.ok(!text.text.includes("Rune Haug"));
});
