import assert from "node:assert/strict";
import { test } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import { eventsOf, withType } from "./test-doc.test-support.js";

const C = (surface: string, country: string, sector: string | null = null) => ({ surface, kind: "country" as const, country, sector });

test("one sentence per PLOVER type is coded with that type", () => {
  const cases: Array<[string, string]> = [
    ["Norway agreed to a new fisheries pact with Iceland.", "AGREE"],
    ["The Chilean foreign minister met his Peruvian counterpart in Lima.", "CONSULT"],
    ["Kenya praised Ghana for its handling of the vote.", "SUPPORT"],
    ["The junta eased restrictions on foreign journalists.", "CONCEDE"],
    ["Portugal and Spain are cooperating on border security.", "COOPERATE"],
    ["Japan sent humanitarian aid to Nepal.", "AID"],
    ["The rebels released twelve hostages on Sunday.", "RETREAT"],
    ["Canada urged Mexico to reopen the border.", "REQUEST"],
    ["Poland accused Belarus of orchestrating the crossings.", "ACCUSE"],
    ["Hungary rejected the proposal.", "REJECT"],
    ["Turkey threatened to cut off gas supplies to Greece.", "THREATEN"],
    ["Britain expelled two Iranian diplomats.", "SANCTION"],
    ["Thousands of students protested in Santiago.", "PROTEST"],
    ["Armenia mobilized its reserve troops near the border.", "MOBILIZE"],
    ["Police arrested forty opposition activists in Minsk.", "COERCE"],
    ["Militants attacked a police station in Quetta.", "ASSAULT"],
  ];
  for (const [sentence, type] of cases) {
    const { events, analysis } = eventsOf(sentence);
    assertValidAnalysis(analysis);
    assert.ok(
      events.some((e) => e.type === type),
      `${sentence} → ${events.map((e) => e.type).join(",") || "no event"}, expected ${type}`,
    );
  }
});

test("subject and object become actor and recipient, with country and sector from the entities", () => {
  const { events, analysis } = eventsOf("Canada urged Mexico to reopen the border.", {
    entities: [C("Canada", "CAN"), C("Mexico", "MEX")],
  });
  assertValidAnalysis(analysis);
  const e = withType(events, "REQUEST");
  assert.ok(e);
  assert.deepEqual(
    e.actors.map((a) => [a.text, a.country, a.entityId]),
    [["Canada", "CAN", "n1"]],
  );
  assert.deepEqual(
    e.recipients.map((a) => a.country),
    ["MEX"],
  );
});

test("a passive takes its actor from the by-phrase and its recipient from the subject", () => {
  const { events, analysis } = eventsOf("A border post in Haiti was attacked by Dominican troops on Friday.", {
    entities: [C("Haiti", "HTI"), { surface: "Dominican", kind: "country", country: "DOM", mention: "demonym" }],
  });
  assertValidAnalysis(analysis);
  const e = withType(events, "ASSAULT");
  assert.ok(e);
  assert.deepEqual(
    e.actors.map((a) => [a.text, a.country, a.sector]),
    [["Dominican troops", "DOM", "MIL"]],
  );
  assert.deepEqual(
    e.recipients.map((a) => a.country),
    ["HTI"],
  );
});

test("coordinated actors are all kept", () => {
  const { events, analysis } = eventsOf("China and Russia held joint military exercises in the Sea of Japan.", {
    entities: [C("China", "CHN"), C("Russia", "RUS")],
  });
  assertValidAnalysis(analysis);
  const e = withType(events, "COOPERATE");
  assert.ok(e, events.map((x) => x.type).join(","));
  assert.equal(e.mode, null);
  assert.deepEqual(
    e.actors.map((a) => a.country),
    ["CHN", "RUS"],
  );
});

test("coordinated demonyms share their head noun's sector; weapons platforms act for the military", () => {
  const { events, analysis } = eventsOf("Russian and Syrian warplanes bombed a market in Idlib.", {
    entities: [
      { surface: "Russian", kind: "country", country: "RUS", mention: "demonym" },
      { surface: "Syrian", kind: "country", country: "SYR", mention: "demonym" },
      { surface: "Idlib", kind: "location", country: "SYR" },
    ],
  });
  assertValidAnalysis(analysis);
  const e = withType(events, "ASSAULT");
  assert.ok(e);
  assert.deepEqual(
    e.actors.map((a) => [a.country, a.sector]),
    [
      ["RUS", "MIL"],
      ["SYR", "MIL"],
    ],
  );
  assert.equal(e.location?.text, "Idlib");
});

test("a metonymic actor resolves to its entity's country and sector", () => {
  const { events, analysis } = eventsOf("Beijing condemned the arrest of its citizens in Manila.", {
    entities: [{ surface: "Beijing", kind: "country", country: "CHN", sector: "GOV", mention: "metonym" }, C("Manila", "PHL", "GOV")],
  });
  assertValidAnalysis(analysis);
  const e = withType(events, "ACCUSE");
  assert.ok(e);
  assert.deepEqual(
    e.actors.map((a) => [a.text, a.country, a.sector]),
    [["Beijing", "CHN", "GOV"]],
  );
});

test("nominal events read possessives, 'to', 'on', 'for … from'", () => {
  const visit = eventsOf("Putin's visit to China was his first trip abroad this year.", {
    entities: [{ surface: "Putin", kind: "person", country: "RUS", sector: "GOV" }, C("China", "CHN")],
  });
  assertValidAnalysis(visit.analysis);
  const v = withType(visit.events, "CONSULT");
  assert.ok(v);
  assert.equal(v.mode, "visit");
  assert.equal(v.trigger.text, "visit");
  assert.deepEqual(
    v.actors.map((a) => a.country),
    ["RUS"],
  );
  assert.deepEqual(
    v.recipients.map((a) => a.country),
    ["CHN"],
  );

  const sanctions = eventsOf("New sanctions on Iran took effect on Monday.", { entities: [C("Iran", "IRN")] });
  const s = withType(sanctions.events, "SANCTION");
  assert.ok(s);
  assert.deepEqual(
    s.recipients.map((a) => a.country),
    ["IRN"],
  );

  const support = eventsOf("The package adds economic support for Moldova from Romania.", {
    entities: [C("Moldova", "MDA"), C("Romania", "ROU")],
  });
  assertValidAnalysis(support.analysis);
  const a = withType(support.events, "AID");
  assert.ok(a, support.events.map((x) => x.type).join(","));
  assert.deepEqual(a.context, ["economic"]);
  assert.deepEqual(
    a.actors.map((x) => x.country),
    ["ROU"],
  );
  assert.deepEqual(
    a.recipients.map((x) => x.country),
    ["MDA"],
  );
});

test("nominal triggers cover talks, raids, attacks and war supplies", () => {
  const { events } = eventsOf("Despite the talks, overnight raids continued. The attack followed months of war supplies.");
  const types = events.map((e) => `${e.type}:${e.trigger.text}`);
  for (const want of ["CONSULT:talks", "ASSAULT:raids", "ASSAULT:attack", "AID:war supplies"]) {
    assert.ok(types.includes(want), `${want} not in ${types.join(", ")}`);
  }
});

test("modality: asserted, future, hypothetical, negated, reported", () => {
  const ents = [C("Hungary", "HUN"), C("Serbia", "SRB")];
  const asserted = eventsOf("Hungary criticized Serbia on Monday.", { entities: ents }).events;
  assert.equal(withType(asserted, "ACCUSE")?.modality, "asserted");

  const future = eventsOf("Putin will arrive in China on Thursday.", {
    entities: [{ surface: "Putin", kind: "person", country: "RUS", sector: "GOV" }, C("China", "CHN")],
  }).events;
  const f = future.find((e) => e.trigger.text === "arrive");
  assert.ok(f);
  assert.equal(f.modality, "future");
  // PLOVER: a future cooperative act is an AGREE (intention).
  assert.equal(f.type, "AGREE");

  const hypo = eventsOf("Hungary said that if Serbia continues to send weapons, it could impose sanctions.", { entities: ents }).events;
  const h = withType(hypo, "SANCTION");
  assert.ok(h, hypo.map((e) => e.type).join(","));
  assert.equal(h.modality, "hypothetical");

  const refused = eventsOf("Both powers refused to condemn Hamas.").events;
  const r = withType(refused, "ACCUSE");
  assert.ok(r);
  assert.equal(r.modality, "negated");

  const didNot = eventsOf("Hungary did not criticize Serbia.", { entities: ents }).events;
  assert.equal(withType(didNot, "ACCUSE")?.modality, "negated");

  const content = "Serbia attacked the border post";
  const reported = eventsOf(`Officials said ${content} at dawn.`, { entities: [C("Serbia", "SRB")], attributions: [content] }).events;
  const rep = withType(reported, "ASSAULT");
  assert.ok(rep);
  assert.equal(rep.modality, "reported");
  assert.equal(rep.attributionId, "a1");
});

test("repeated mentions of one happening merge into one event with every trigger", () => {
  const { events, analysis } = eventsOf(
    "Japan imposed sanctions on North Korea on Monday. Japan's sanctions on North Korea target shipping.",
    { entities: [C("Japan", "JPN"), C("North Korea", "PRK")] },
  );
  assertValidAnalysis(analysis);
  const s = events.filter((e) => e.type === "SANCTION");
  assert.equal(s.length, 1, JSON.stringify(s.map((e) => e.trigger.text)));
  assert.equal(s[0]?.triggers.length, 2);
  assert.deepEqual(
    s[0]?.triggers.map((t) => t.text),
    ["imposed", "sanctions"],
  );
});

test("different actors are different happenings", () => {
  const { events } = eventsOf("Japan imposed sanctions on North Korea. Canada imposed sanctions on Iran.", {
    entities: [C("Japan", "JPN"), C("North Korea", "PRK"), C("Canada", "CAN"), C("Iran", "IRN")],
  });
  assert.equal(events.filter((e) => e.type === "SANCTION").length, 2);
});

test("date comes from the sentence's time expression, else the publication date", () => {
  const { events } = eventsOf("Hungary criticized Serbia on Monday. Hungary also praised Austria.", {
    entities: [C("Hungary", "HUN"), C("Serbia", "SRB"), C("Austria", "AUT")],
    times: [{ surface: "Monday", value: "2024-05-13" }],
    publishedAt: "2024-05-14",
  });
  assert.deepEqual(withType(events, "ACCUSE")?.date, { value: "2024-05-13", text: "Monday", source: "text" });
  assert.deepEqual(withType(events, "SUPPORT")?.date, { value: "2024-05-14", text: null, source: "publication" });
});

test("location from 'in X' and 'east of X'", () => {
  const a = eventsOf("Israeli troops raided a camp east of Rafah.", {
    entities: [
      { surface: "Israeli", kind: "country", country: "ISR", mention: "demonym" },
      { surface: "Rafah", kind: "location", country: "PSE" },
    ],
  });
  assertValidAnalysis(a.analysis);
  const e = withType(a.events, "ASSAULT");
  assert.ok(e);
  assert.equal(e.location?.text, "east of Rafah");
  assert.equal(e.location?.country, "PSE");
  assert.deepEqual(
    e.actors.map((x) => [x.country, x.sector]),
    [["ISR", "MIL"]],
  );
});

test("intensity is the PLOVER score of the type and mode", () => {
  const { events } = eventsOf("The embargo hurt. Rebels attacked the town. The talks went on. A phone call followed.");
  assert.equal(withType(events, "SANCTION")?.intensity, -6);
  assert.equal(events.find((e) => e.mode === "phone")?.intensity, 1.5);
  assert.equal(withType(events, "ASSAULT")?.intensity, -9);
  assert.equal(events.find((e) => e.type === "CONSULT" && e.mode === null)?.intensity, 2.5);
});

test("offsets hold with astral characters and CRLF before the events", () => {
  const { events, analysis } = eventsOf("🌍🌍 Report:\r\n\r\nCanada urged Mexico to reopen the border. 🚧 Poland accused Belarus.", {
    entities: [C("Canada", "CAN"), C("Mexico", "MEX"), C("Poland", "POL"), C("Belarus", "BLR")],
  });
  assert.ok(events.length >= 2);
  assertValidAnalysis(analysis);
  for (const e of events) {
    assert.equal(analysis.document.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end);
  }
});

test("no actor lexicon and no entities: events still come with empty actors, and empty text gives none", () => {
  const { events, analysis } = eventsOf("Rebels attacked the town.", {}, null);
  assertValidAnalysis(analysis);
  assert.equal(withType(events, "ASSAULT")?.actors.length, 0);
  assert.deepEqual(eventsOf("Nothing happened here.").events, []);
});
