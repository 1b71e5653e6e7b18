/** One test per construction the attribution stage handles (texts written for these tests). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes } from "./quotes.js";
import { about, run } from "./test-helpers.js";

test("pre-posed direct quote with a colon", () => {
  const x = about(run("The minister said: “We will not sign this treaty.”"), "not sign");
  assert.equal(x.kind, "direct");
  assert.equal(x.source?.text, "The minister");
  assert.equal(x.cue?.lemma, "say");
  assert.equal(x.content.text, "“We will not sign this treaty.”");
});

test("post-posed quote with an apposition after the speaker", () => {
  const x = about(run("“The sanctions hurt farmers first,” said Ana Ruiz, a professor at a rural college."), "hurt farmers");
  assert.equal(x.source?.text, "Ana Ruiz");
  assert.equal(x.content.text, "“The sanctions hurt farmers first,”");
});

test("straight double quotes and single quotes", () => {
  assert.equal(about(run('"Prices are stable," the bank said.'), "Prices are").source?.text, "the bank");
  assert.equal(about(run("‘We were betrayed,’ said the veterans."), "betrayed").source?.text, "the veterans");
});

test("a nested quote stays inside its parent quote", () => {
  const a = run("“They kept shouting ‘no more war’ all night,” the officer said.");
  const x = about(a, "no more war");
  assert.equal(x.content.text, "“They kept shouting ‘no more war’ all night,”");
  assert.equal(x.source?.text, "the officer");
});

test("a quote split by its attribution gives two contents with the same speaker and cue", () => {
  const a = run("“We tried,” the negotiator said, “but the other side walked out.”");
  const first = about(a, "We tried");
  const second = about(a, "walked out");
  assert.equal(first.source?.text, "the negotiator");
  assert.equal(second.source?.text, "the negotiator");
  assert.deepEqual(first.cue, second.cue);
});

test("multi-paragraph quote: opening mark repeated, closing mark only at the end", () => {
  const text = "The envoy said: “The first round went well.\n\n“The second round will decide everything.”";
  const quotes = findQuotes(text, [
    { start: 0, end: 43, kind: "body" },
    { start: 45, end: text.length, kind: "body" },
  ]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.end, text.length);
  const x = about(run(text), "second round");
  assert.equal(x.source?.text, "The envoy");
});

test("a quote whose closing mark is missing ends at its paragraph", () => {
  const a = run("The mayor said: “The water is safe to drink.\n\nOfficials will test it again next week.");
  const x = about(a, "safe to drink");
  assert.equal(x.content.text, "“The water is safe to drink.");
  assert.equal(x.source?.text, "The mayor");
  assert.ok(!a.attributions.some((y) => y.content.text.includes("test it again")));
});

test("“He added:” and a following quote paragraph with no cue keep the speaker", () => {
  const a = run("He added: “Nobody will be left behind.”\n\n“We will rebuild every school and every clinic in the region.”");
  assert.equal(about(a, "left behind").source?.text, "He");
  assert.equal(about(a, "rebuild every school").source?.text, "He");
});

test("pronoun speakers in both orders", () => {
  assert.equal(about(run("“It was a mistake,” she said."), "a mistake").source?.text, "she");
  assert.equal(about(run("They said that the vote would be delayed."), "vote would").source?.text, "They");
});

test("indirect speech with and without 'that'", () => {
  const a = run("The governor said the bridge would reopen in May. The agency warned that rents would rise.");
  const x = about(a, "bridge would reopen");
  assert.equal(x.kind, "indirect");
  assert.equal(x.content.text, "the bridge would reopen in May");
  const y = about(a, "rents would rise");
  assert.equal(y.stance, "warns");
  assert.equal(y.source?.text, "The agency");
});

test("according to, before and after the content", () => {
  const a = run("According to the Kremlin, the meeting was cancelled. Exports fell sharply, according to customs data.");
  const x = about(a, "meeting was cancelled");
  assert.equal(x.source?.text, "the Kremlin");
  assert.equal(x.cue?.lemma, "according to");
  assert.equal(x.content.text, "the meeting was cancelled");
  assert.equal(about(a, "Exports fell").source?.text, "customs data");
});

test("X, citing …, said …", () => {
  const a = run("Putin, citing security concerns, said the border would close.");
  assert.equal(about(a, "security concerns").cue?.lemma, "cite");
  assert.equal(about(a, "border would close").source?.text, "Putin");
});

test("a possessive speaker: X's spokesman said", () => {
  assert.equal(
    about(run("The president's spokesman said the visit was postponed."), "visit was postponed").source?.text,
    "The president's spokesman",
  );
});

test("paraphrase with a quoted fragment is mixed", () => {
  const x = about(run("He added that China “wants to use Russia” to achieve its goals."), "achieve its goals");
  assert.equal(x.kind, "mixed");
  assert.equal(x.source?.text, "He");
});

test("collective and institutional sources", () => {
  const a = run(
    "Western governments believe that the shipments continue. Analysts said the currency would weaken. Chinese official media said the drills were routine. The Ministry of Health said the outbreak was contained.",
  );
  const x = about(a, "shipments continue");
  assert.equal(x.source?.text, "Western governments");
  assert.equal(x.stance, "believes");
  assert.equal(about(a, "currency would weaken").source?.text, "Analysts");
  assert.equal(about(a, "drills were routine").source?.text, "Chinese official media");
  assert.equal(about(a, "outbreak was contained").source?.text, "The Ministry of Health");
});

test("denials, negated cues and other stances", () => {
  const a = run(
    "The company denied that it had paid the officials. The union did not deny that it met the minister. Rebels accused the army of shelling the town. Economists estimate that the war cost a fifth of output.",
  );
  assert.equal(about(a, "paid the officials").stance, "denies");
  assert.equal(about(a, "met the minister").stance, "other");
  assert.equal(about(a, "shelling the town").stance, "accuses");
  assert.equal(about(a, "fifth of output").stance, "estimates");
});

test("headings, pull-quotes and scare quotes without a speaker are not attributions", () => {
  const a = run(
    "“A new Cold War”\n\nThe talks ended without a deal. Critics call it the “Cold War” of trade.\n\nThe ships sailed at dawn.",
  );
  assert.ok(!a.attributions.some((x) => x.content.text.includes("A new Cold War")));
  assert.ok(!a.attributions.some((x) => x.content.text === "“Cold War”"));
});

test("a possessive noun cue: X's claim that …", () => {
  const x = about(run("Nobody believed the minister's claim that the figures were correct."), "figures were correct");
  assert.equal(x.source?.text, "the minister's");
  assert.equal(x.cue?.lemma, "claim");
});

test("a speaker label before a colon", () => {
  const x = about(run("MODERATOR: Will you accept the result?\n\nSENATOR: I will accept it."), "accept the result");
  assert.equal(x.source?.text, "MODERATOR");
});

test("offsets hold on text with emoji, non-Latin script and odd spacing", () => {
  const a = run("Intro 🚀 with emoji.\n\n“Мы готовы к переговорам,” said  the envoy 🙂.\n\n“Ready,” she said.");
  assert.ok(a.attributions.length >= 1);
  for (const x of a.attributions) {
    for (const s of [x.content, x.cue, x.source]) if (s) assert.equal(a.document.text.slice(s.start, s.end), s.text);
  }
});

test("a lone quote mark, cue words without a speaker and bare quote marks give no attribution", () => {
  assert.deepEqual(run("“").attributions, []);
  assert.deepEqual(run("said said said").attributions, []);
  assert.deepEqual(run('"""" "" "').attributions, []);
});

test("a chain verb before “to” joins the cue of the verb it governs", () => {
  const x = about(run("The senator went on to criticize the new budget plan."), "new budget plan");
  assert.equal(x.cue?.text, "went on to criticize");
  assert.equal(x.content.text, "the new budget plan");
  assert.equal(x.source?.text, "The senator");
});

test("a time clause after a post-posed cue is not its content", () => {
  const x = about(run("“Nobody wants a long war,” the prime minister said after the meeting ended."), "long war");
  assert.equal(x.content.text, "“Nobody wants a long war,”");
  assert.equal(x.source?.text, "the prime minister");
});

test("a subject with a modifier clause before a verb of saying is the speaker", () => {
  const x = about(run("Many of the farmers we met say the drought is the worst in decades."), "worst in decades");
  assert.equal(x.source?.text, "Many of the farmers we met");
  assert.equal(
    about(run("Those close to the governor say she will not run again."), "not run").source?.text,
    "Those close to the governor",
  );
});

test("a verb of saying whose speaker cannot be found still reports its content, with no source", () => {
  const x = about(run("Later in the interview, insisted that the treaty was dead."), "treaty was dead");
  assert.equal(x.source, null);
  assert.equal(x.cue?.text, "insisted");
  assert.equal(x.content.text, "that the treaty was dead");
});

test("a question or exclamation quoted before a named speaker: the speaker's clause is not a sentence of its own", () => {
  const a = run("“Who will pay for the new bridge?” Moreno asked. “Nobody has told us.”");
  const first = about(a, "Who will pay");
  assert.equal(first.source?.text, "Moreno");
  assert.equal(first.cue?.text, "asked");
  assert.equal(about(a, "Nobody has told").source?.text, "Moreno");
  assert.equal(about(run("“We will win this!” Coach Ellis shouted."), "win this").source?.text, "Coach Ellis");
  // A plain sentence after the question is not an attribution of it.
  assert.deepEqual(run("“Why now?” The answer came a week later.").attributions, []);
});

test("an aside in brackets after a post-posed speaker does not hide the speaker", () => {
  const a = run("“The levy is the wrong tool,” said Ms. Ibarra (a view echoed by several economists).");
  const x = about(a, "wrong tool");
  assert.equal(x.source?.text, "Ms. Ibarra");
  assert.equal(x.content.text, "“The levy is the wrong tool,”");
});

test("a named speaker right after the quote, then appositions before the cue", () => {
  const a = run("“The ruling oversteps,” Lena Varga, the attorney general of the state, one of those suing the agency, said at a forum.");
  assert.equal(about(a, "ruling oversteps").source?.text, "Lena Varga");
  const b = run("“The figures hold up,” Omar Diallo, a statistician at the institute, told the paper.");
  const x = about(b, "figures hold up");
  assert.equal(x.source?.text, "Omar Diallo");
  assert.equal(x.content.text, "“The figures hold up,”");
});

test("after 'and', only a built-in verb of saying starts the speaker's next attribution; another verb goes on the content", () => {
  const a = run("Okafor urged the board to drop the plan and apologize to the workers.");
  assert.equal(about(a, "drop the plan").content.text, "the board to drop the plan and apologize to the workers");
  const b = run("Okafor argued that the vote was rigged and also claimed that the count was late.");
  assert.equal(about(b, "vote was rigged").content.text, "that the vote was rigged");
  assert.equal(about(b, "count was late").cue?.lemma, "claim");
});
