import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertValidAnalysis } from "../../test/support/invariants.js";
import type { Analysis } from "../contract/analysis.js";
import { runNlp } from "../nlp/index.js";
import { analyzeDocument, documentFromText } from "../pipeline/analyze.js";
import { findTimes } from "./index.js";
import { hourMinute } from "./rules-clock.js";

/** An Analysis holding only the nlp, time and quantity layers (text kept as is), for the span invariant. */
function analysisOf(text: string, publishedAt: string): Analysis {
  return analyzeDocument("fixture", documentFromText(text, publishedAt), { only: ["time", "quantities"] });
}

/** Times of `text` published on `pub`, as "text|TYPE|value[|mod]". */
function times(text: string, pub: string | null = "2024-05-14"): string[] {
  return findTimes(text, runNlp(text), pub).map((t) => [t.text, t.type, t.value ?? "null", ...(t.mod ? [t.mod] : [])].join("|"));
}

/** The value of the one time expression whose text is `what`. */
function timeValue(text: string, what: string, pub: string | null = "2024-05-14"): string | null | undefined {
  const found = findTimes(text, runNlp(text), pub).filter((t) => t.text === what);
  assert.equal(found.length, 1, `expected one "${what}" in ${JSON.stringify(times(text, pub))}`);
  return found[0]?.value;
}

// 2024-05-14 is a Tuesday.
describe("time: issue examples (article of Tuesday 2024-05-14)", () => {
  it("reads weekdays by tense", () => {
    assert.equal(timeValue("The envoy will arrive on Thursday.", "Thursday"), "2024-05-16");
    assert.equal(timeValue("The two leaders met on Thursday in Geneva.", "Thursday"), "2024-05-09");
    assert.equal(timeValue("Officials said on Monday that talks had stalled.", "Monday"), "2024-05-13");
    assert.equal(timeValue("Ministers are expected to sign the accord on Friday.", "Friday"), "2024-05-17");
    assert.equal(timeValue("The vote took place on Tuesday.", "Tuesday"), "2024-05-14");
    assert.equal(timeValue("Protesters planned a rally on Saturday.", "Saturday"), "2024-05-18");
    assert.equal(timeValue("The ministers meet Thursday in Rome.", "Thursday"), "2024-05-16");
  });
  it("anchors last/this/next and earlier/later", () => {
    assert.deepEqual(times("Exports fell last month."), ["last month|DATE|2024-04"]);
    assert.deepEqual(times("Prices rose earlier this month."), ["earlier this month|DATE|2024-05"]);
    assert.deepEqual(times("The summit is planned for next week."), ["next week|DATE|2024-W21"]);
    assert.deepEqual(times("Inflation peaked last week."), ["last week|DATE|2024-W19"]);
    assert.deepEqual(times("Growth slowed this year."), ["this year|DATE|2024"]);
    assert.deepEqual(times("A deal is expected later this year."), ["later this year|DATE|2024"]);
  });
  it("reads the tense of a yearless month from a far verb of its sentence when none is near", () => {
    const text = "In March, a week after the fortieth anniversary of the founding of the party and of its youth wing, protesters marched.";
    assert.equal(timeValue(text, "March", "2024-10-25"), "2024-03");
  });
  it("biases yearless dates by tense", () => {
    assert.equal(timeValue("The attack on October 7 killed hundreds.", "October 7"), "2023-10-07");
    assert.equal(timeValue("Elections will be held on October 7.", "October 7"), "2024-10-07");
    assert.equal(timeValue("The talks resumed in March.", "March"), "2024-03");
    assert.equal(timeValue("The delegation will return in June.", "June"), "2024-06");
  });
  it("splits coordinated and ranged dates", () => {
    assert.deepEqual(times("Talks are set for May 16 and 17."), ["May 16|DATE|2024-05-16", "17|DATE|2024-05-17"]);
    assert.deepEqual(times("Trade grew in March and April."), ["March|DATE|2024-03", "April|DATE|2024-04"]);
    assert.deepEqual(times("He ruled from 2001 to 2009."), ["2001|DATE|2001", "2009|DATE|2009"]);
    assert.deepEqual(times("The ban lasts until 2030."), ["2030|DATE|2030"]);
  });
  it("reads decades, centuries, seasons and quarters", () => {
    assert.deepEqual(times("Growth was strong in the early 2000s."), ["the early 2000s|DATE|200|START"]);
    assert.deepEqual(times("The border dates from the nineteenth century."), ["the nineteenth century|DATE|18"]);
    assert.deepEqual(times("A 20th-century treaty."), ["20th-century|DATE|19"]);
    assert.deepEqual(times("Fighting resumed in the summer of 2024."), ["the summer of 2024|DATE|2024-SU"]);
    assert.deepEqual(times("Output rose in the first quarter of 2024."), ["the first quarter of 2024|DATE|2024-Q1"]);
    assert.deepEqual(times("Cars of the '80s."), ["the '80s|DATE|198"]);
    assert.deepEqual(times("Sales rose in last year's fourth quarter."), ["last year's fourth quarter|DATE|2023-Q4"]);
  });
  it("reads durations", () => {
    assert.deepEqual(times("A two-day visit."), ["two-day|DURATION|P2D"]);
    assert.deepEqual(times("Prices doubled over the past two years."), ["the past two years|DURATION|P2Y"]);
    assert.deepEqual(times("The siege lasted 18 months."), ["18 months|DURATION|P18M"]);
    assert.deepEqual(times("It took two decades."), ["two decades|DURATION|P20Y"]);
    assert.deepEqual(times("The strike lasted several weeks."), ["several weeks|DURATION|PXW"]);
    assert.deepEqual(times("Talks went on for about three hours."), ["about three hours|DURATION|PT3H|APPROX"]);
  });
  it("reads sets", () => {
    assert.deepEqual(times("The council meets every year."), ["every year|SET|P1Y"]);
    assert.deepEqual(times("Reports are published weekly."), ["weekly|SET|P1W"]);
    assert.deepEqual(times("Markets open each Thursday."), ["each Thursday|SET|XXXX-WXX-4"]);
  });
  it("reads references, times of day and clock times", () => {
    assert.deepEqual(times("Prices are now stable."), ["now|DATE|PRESENT_REF"]);
    assert.deepEqual(times("The army currently holds the town."), ["currently|DATE|PRESENT_REF"]);
    assert.deepEqual(times("Rebels recently seized the port."), ["recently|DATE|PAST_REF"]);
    assert.deepEqual(times("Shelling began yesterday morning."), ["yesterday morning|TIME|2024-05-13TMO"]);
    assert.deepEqual(times("The blast came at 3:30 p.m. on Monday."), ["3:30 p.m.|TIME|2024-05-14T15:30", "Monday|DATE|2024-05-13"]);
    assert.deepEqual(times("Voting ends at 18:00 GMT."), ["18:00 GMT|TIME|2024-05-14T18:00Z"]);
  });
  it("anchors 'a year earlier' to the time just mentioned", () => {
    assert.deepEqual(times("Output fell in the third quarter of 2022 and rose a year earlier."), [
      "the third quarter of 2022|DATE|2022-Q3",
      "a year earlier|DATE|2021-Q3",
    ]);
    assert.deepEqual(times("The border reopened two years ago."), ["two years ago|DATE|2022"]);
  });
});

describe("time: calendar edges", () => {
  it("crosses year boundaries", () => {
    // 2024-01-02 is a Tuesday.
    assert.equal(timeValue("Exports fell last month.", "last month", "2024-01-02"), "2023-12");
    assert.equal(timeValue("The delegation arrived on Friday.", "Friday", "2024-01-02"), "2023-12-29");
    assert.equal(timeValue("Inflation peaked last week.", "last week", "2024-01-02"), "2023-W52");
    assert.equal(timeValue("The ceasefire began on December 30.", "December 30", "2024-01-02"), "2023-12-30");
    // 2023-12-29 is a Friday.
    assert.equal(timeValue("The talks will resume on Monday.", "Monday", "2023-12-29"), "2024-01-01");
    assert.equal(timeValue("Parliament will vote next month.", "next month", "2023-12-29"), "2024-01");
    assert.equal(timeValue("Output rose in the first quarter.", "the first quarter", "2023-12-29"), "2023-Q1");
  });
  it("handles leap days", () => {
    // 2024-02-29 is a Thursday; 2024-03-01 a Friday.
    assert.equal(timeValue("The envoy left yesterday.", "yesterday", "2024-03-01"), "2024-02-29");
    assert.equal(timeValue("The envoy arrives tomorrow.", "tomorrow", "2024-02-28"), "2024-02-29");
    assert.equal(timeValue("The accord was signed on February 29.", "February 29", "2024-03-10"), "2024-02-29");
    assert.equal(timeValue("The talks ended on Thursday.", "Thursday", "2024-03-01"), "2024-02-29");
    // ISO week 53 of 2020 (2020-12-31 is a Thursday).
    assert.equal(timeValue("Cases rose this week.", "this week", "2020-12-31"), "2020-W53");
  });
  it("leaves relative times unanchored without a publication date", () => {
    assert.deepEqual(times("The envoy will arrive on Thursday, last month and in October.", null), [
      "Thursday|DATE|null",
      "last month|DATE|null",
      "October|DATE|null",
    ]);
    assert.deepEqual(times("The treaty of May 16, 2019 lasts two years.", null), [
      "May 16, 2019|DATE|2019-05-16",
      "two years|DURATION|P2Y",
    ]);
  });
  it("treats a malformed publication date as absent, and survives odd input", () => {
    assert.deepEqual(times("Exports fell last month.", "03-02-2009"), ["last month|DATE|null"]);
    assert.deepEqual(times("", "2024-05-14"), []);
    assert.deepEqual(times("99/99/99 at 77:99, on the 45th of Smarch, 2024-13-45.", "2024-02-30"), []);
  });
  it("does not read ordinary words as times", () => {
    assert.deepEqual(times("He may march on the capital. Jan Kavan spoke. A 6-year-old boy was hurt."), []);
    assert.deepEqual(times("About three-quarters of voters agreed; 2,000 people marched."), []);
  });
});

describe("time: reference points and reporting periods (article of Tuesday 2024-05-14)", () => {
  it("reads a following/previous unit as a whole unit of the time just mentioned", () => {
    assert.deepEqual(times("He became a general on May 22, 1995, and the following year he retired."), [
      "May 22, 1995|DATE|1995-05-22",
      "the following year|DATE|1996",
    ]);
    assert.deepEqual(times("He returned in June 2022, only to be jailed later that year."), [
      "June 2022|DATE|2022-06",
      "that year|DATE|2022",
    ]);
    // 2024-05-13 is a Monday: the previous Friday counts back from it, not from publication.
    assert.deepEqual(times("Stocks fell on Monday, May 13, from the previous Friday."), [
      "Monday, May 13|DATE|2024-05-13",
      "the previous Friday|DATE|2024-05-10",
    ]);
  });
  it("reads 'last' before a month day, and 'a week or so ago'", () => {
    assert.equal(timeValue("The doctor was shot last Oct. 23 at his home.", "last Oct. 23"), "2023-10-23");
    assert.deepEqual(times("A week or so ago, the general picked a date."), ["A week or so ago|DATE|2024-05-07|APPROX"]);
  });
  it("dates year-ago periods against the quarter reported on", () => {
    assert.deepEqual(times("Profit rose in the first quarter, from a year-earlier loss; the year-ago quarter was weak."), [
      "the first quarter|DATE|2024-Q1",
      "year-earlier|DATE|2023-Q1",
      "the year-ago quarter|DATE|2023-Q1",
    ]);
    assert.deepEqual(times("In the year-ago third quarter it earned more."), ["the year-ago third quarter|DATE|2023-Q3"]);
    assert.deepEqual(times("Sales fell in April, compared with the same month a year ago."), [
      "April|DATE|2024-04",
      "the same month a year ago|DATE|2023-04",
    ]);
  });
  it("reads reporting years: 'the year ended March 31' is a length, 'the full year' the current year", () => {
    assert.deepEqual(times("In the year ended March 31, revenue rose."), ["the year|DURATION|P1Y", "March 31|DATE|2024-03-31"]);
    assert.deepEqual(times("Sales for the full year rose."), ["the full year|DATE|2024"]);
    assert.deepEqual(times("It expects a loss in the current fiscal year."), ["the current fiscal year|DATE|2024"]);
    assert.deepEqual(times("The full year results are due."), []);
  });
  it("reads 'the entire year' as the year of the quarter reported on, 'the end of the year' as the current one", () => {
    assert.deepEqual(times("It lost money in the fourth quarter of 2023 and for the entire year."), [
      "the fourth quarter of 2023|DATE|2023-Q4",
      "the entire year|DATE|2023",
    ]);
    assert.deepEqual(times("Cuts will be made by the end of the year."), ["the end of the year|DATE|2024|END"]);
  });
  it("reads fractional and qualified durations", () => {
    assert.deepEqual(times("They lived in camps for 2 1/2 years."), ["2 1/2 years|DURATION|P2Y6M"]);
    assert.deepEqual(times("The stop lasted 5 1/2 hours."), ["5 1/2 hours|DURATION|PT5H30M"]);
    assert.deepEqual(times("It took a minute and a half."), ["a minute and a half|DURATION|PT1M30S"]);
    assert.deepEqual(times("The boy stays two more weeks."), ["two more weeks|DURATION|P2W"]);
    assert.deepEqual(times("Shares fell for eight trading days."), ["eight trading days|DURATION|P8D"]);
  });
  it("reads 'the week of' a date and spoken compound numbers", () => {
    assert.deepEqual(times("A hearing is set for the week of March 6."), ["the week of March 6|DATE|2024-W10"]);
    assert.deepEqual(times("In the last twenty four hours the currency fell."), ["the last twenty four hours|DURATION|PT24H"]);
  });
  it("reads decades in words", () => {
    assert.deepEqual(times("Hate groups declined through the nineties."), ["the nineties|DATE|199"]);
    assert.deepEqual(times("He was in his sixties."), []);
  });
  it("reads day-first dates, with May as a month unless a base-form verb follows", () => {
    assert.deepEqual(times("On 12 May the envoy left."), ["12 May|DATE|2024-05-12"]);
    assert.deepEqual(times("He arrived on 3 May, 2023."), ["3 May, 2023|DATE|2023-05-03"]);
    assert.deepEqual(times("The 12 may fall soon."), []);
  });
  it("shifts a month by the year after it", () => {
    assert.deepEqual(times("Dealers will close after October of next year."), ["October of next year|DATE|2025-10"]);
    assert.deepEqual(times("Talks began in July last year."), ["July last year|DATE|2023-07"]);
  });
  it("reads years spoken in words, but not counts", () => {
    assert.deepEqual(times("In nineteen ninety-six a bomb shook the city."), ["nineteen ninety-six|DATE|1996"]);
    assert.deepEqual(times("He left in January nineteen ninety-seven."), ["January nineteen ninety-seven|DATE|1997-01"]);
    assert.deepEqual(times("By the year two thousand the plan had failed."), ["the year two thousand|DATE|2000"]);
    assert.deepEqual(times("Some two thousand five hundred people marched."), []);
  });
  it("dates movable holidays by tense, across the year boundary", () => {
    // Thanksgiving 2023 was Thursday 23 November; Easter 2024 Sunday 31 March (Good Friday the 29th).
    assert.equal(timeValue("The boy was found on Thanksgiving Day.", "Thanksgiving Day", "2024-01-06"), "2023-11-23");
    assert.equal(timeValue("He arrived last Thanksgiving.", "last Thanksgiving"), "2023-11-23");
    assert.equal(timeValue("The truce began on Good Friday.", "Good Friday"), "2024-03-29");
    assert.equal(timeValue("The accord was signed on Good Friday 1998.", "Good Friday 1998"), "1998-04-10");
    assert.deepEqual(times("They met at Easter.", null), ["Easter|DATE|null"]);
  });
  it("reads 'is to' as a future arrangement and 'had been scheduled' as past", () => {
    // 2024-05-10 is a Friday.
    assert.equal(timeValue("Trading is to resume on Tuesday.", "Tuesday", "2024-05-10"), "2024-05-14");
    assert.equal(timeValue("The offer had been scheduled to expire on Friday.", "Friday", "2024-05-13"), "2024-05-10");
  });
});

describe("time: rates, ordinals and fiscal quarters (article of Tuesday 2024-05-14)", () => {
  it("leaves the time unit of a rate to the quantity, but keeps 'twice a week' and 'held annually'", () => {
    assert.deepEqual(times("The plan saves $500 million a year."), []);
    assert.deepEqual(times("Output grew 8% annually; the airline flies four times a week."), ["a week|SET|P1W"]);
    assert.deepEqual(times("The airline adds 700 seats a week."), []);
    assert.deepEqual(times("Rallies are held annually in the square."), ["annually|SET|P1Y"]);
  });
  it("reads 'a second' before a noun as an ordinal, and 'will one day' as some day ahead", () => {
    assert.deepEqual(times("It would be a second betrayal."), []);
    assert.deepEqual(times("Wait a second."), ["a second|DURATION|PT1S"]);
    assert.deepEqual(times("The city could one day host the games."), ["one day|DATE|FUTURE_REF"]);
    assert.deepEqual(times("The talks lasted one day."), ["one day|DURATION|P1D"]);
  });
  it("reads an hour 'in the morning' or 'in the afternoon' as a clock time", () => {
    assert.deepEqual(times("The convoy will leave at 4 in the morning."), ["4 in the morning|TIME|2024-05-14T04:00"]);
    assert.deepEqual(times("They met at five in the afternoon."), ["five in the afternoon|TIME|2024-05-14T17:00"]);
  });
  it("keeps 'the latest quarter' on the last calendar quarter when a fiscal quarter still under way was named", () => {
    // In mid-May the second calendar quarter is under way: a "second quarter" that has ended is a fiscal one.
    assert.deepEqual(times("Its second quarter ended April 30 was weak. Another firm grew in the latest quarter."), [
      "second quarter|DATE|2024-Q2",
      "April 30|DATE|2024-04-30",
      "the latest quarter|DATE|2024-Q1",
    ]);
  });
});

describe("time: titles, vague futures, parts of day and deadlines (article of Tuesday 2024-05-14)", () => {
  it("does not read time words inside capitalised titles as times", () => {
    assert.deepEqual(times("The minister spoke on the programme This Week on Sunday."), ["Sunday|DATE|2024-05-12"]);
    assert.deepEqual(times('He told "60 Minutes" he would run.'), []);
    assert.deepEqual(times("It was like a scene from High Noon, the envoy said."), []);
    assert.deepEqual(times("The truce will hold on Christmas Day."), ["Christmas Day|DATE|2024-12-25"]);
    assert.deepEqual(times("Talks Resume Next Week In Geneva"), ["Next Week|DATE|2024-W21"]);
  });
  it("reads 'the near future' and 'the short term' as FUTURE_REF, but not 'short term debt'", () => {
    assert.deepEqual(times("A listing is planned in the near future."), ["the near future|DATE|FUTURE_REF"]);
    assert.deepEqual(times("Prices may fall in the short term."), ["the short term|DATE|FUTURE_REF"]);
    assert.deepEqual(times("It repaid the short term debt."), []);
  });
  it("reads mid-afternoon as a part of the day", () => {
    assert.deepEqual(times("By mid afternoon the shelling had stopped."), ["mid afternoon|TIME|2024-05-14TAF|MID"]);
    assert.deepEqual(times("Shares rose at mid-afternoon yesterday."), ["mid-afternoon yesterday|TIME|2024-05-13TAF|MID"]);
  });
  it("reads a weekday after 'until' or 'as soon as' as a deadline ahead, but not a fronted 'Until'", () => {
    // Monday 2024-05-13: the deadline is the next day.
    assert.equal(timeValue("Officials postponed the vote until Tuesday.", "Tuesday", "2024-05-16"), "2024-05-21");
    assert.equal(timeValue("The boy could leave as soon as Tuesday, he said.", "Tuesday", "2024-05-13"), "2024-05-14");
    assert.equal(timeValue("Until Monday, the police had not named a suspect.", "Monday", "2024-05-16"), "2024-05-13");
    assert.equal(timeValue("Protesters were planning to march on Saturday.", "Saturday", "2024-05-16"), "2024-05-18");
  });
});

describe("time: halves, fiscal quarters and year-ago comparisons (article of Tuesday 2024-05-14)", () => {
  it("reads 'the last half' and 'the first two quarters' of a year as halves, not half a decade", () => {
    assert.deepEqual(times("Earnings will lag in the last half of 2024 and the first two quarters of 2025."), [
      "the last half of 2024|DATE|2024-H2",
      "the first two quarters of 2025|DATE|2025-H1",
    ]);
    assert.deepEqual(times("Sales slumped in the last half of the '80s."), ["the '80s|DATE|198"]);
  });
  it("keeps the latest quarter named as the one reported on, and reads 'quarter-to-quarter' as no time", () => {
    assert.deepEqual(times("Profit rose in the first quarter. After a flat fourth quarter, the year-ago period was weak."), [
      "the first quarter|DATE|2024-Q1",
      "fourth quarter|DATE|2023-Q4",
      "the year-ago period|DATE|2023-Q1",
    ]);
    assert.deepEqual(times("The quarter-to-quarter comparison was poor."), []);
    // 2024-11-01: the third quarter is the one reported on, even after an earlier quarter is named.
    assert.deepEqual(
      times(
        "Net rose in the third quarter. After a flat second quarter, costs fell from a year ago and from the 2023 period.",
        "2024-11-01",
      ),
      ["the third quarter|DATE|2024-Q3", "second quarter|DATE|2024-Q2", "a year ago|DATE|2023-Q3", "the 2023 period|DATE|2023-Q3"],
    );
  });
  it("dates the last day of a period that 'ended' to its latest occurrence before publication, however far back", () => {
    // 2023-10-27: January 31 is nine months back, October 31 a few days ahead.
    assert.equal(timeValue("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "2023-10-27"), "2023-01-31");
    assert.equal(timeValue("In the quarter ended Oct. 31 a year ago, it lost money.", "Oct. 31", "2023-10-27"), "2022-10-31");
  });
  it("dates 'the quarter ended <day>' by the calendar quarter holding most of it, unless a quarter was named", () => {
    assert.deepEqual(times("In the quarter ended January 31, sales rose."), ["the quarter|DATE|2023-Q4", "January 31|DATE|2024-01-31"]);
    assert.deepEqual(times("Its fiscal first quarter was weak: in the quarter ended March 31, sales fell."), [
      "fiscal first quarter|DATE|2024-Q1",
      "the quarter|DATE|2024-Q1",
      "March 31|DATE|2024-03-31",
    ]);
  });
  it("counts 'a year earlier' after 'a year ago' from the same time, not from the year before", () => {
    assert.deepEqual(times("Profit fell from a year ago, and costs rose from a year earlier."), [
      "a year ago|DATE|2023",
      "a year earlier|DATE|null",
    ]);
  });
});

describe("time: 'current', year-end and 'earlier in the year' (article of Tuesday 2024-05-14)", () => {
  it("reads 'current' before a noun as PRESENT_REF, 'then current' as PAST_REF, but not the current account", () => {
    assert.deepEqual(times("He kept his current post."), ["current|DATE|PRESENT_REF"]);
    assert.deepEqual(times("Shares were sold at the then current price."), ["then current|DATE|PAST_REF"]);
    assert.deepEqual(times("The current account deficit widened."), []);
    assert.deepEqual(times("Sales rose in the current quarter."), ["the current quarter|DATE|2024-Q2"]);
  });
  it("reads 'the year' after 'for' or 'of' as the current year, and a weekday before its date without a comma", () => {
    assert.deepEqual(times("Shares hit a high for the year of $42 in June."), ["the year|DATE|2024", "June|DATE|2024-06"]);
    assert.deepEqual(times("Profit rose in the first nine months of the year."), [
      "the first nine months|DURATION|P9M",
      "the year|DATE|2024",
    ]);
    assert.deepEqual(times("Funds lost $14 million on Friday May 10 alone."), ["Friday May 10|DATE|2024-05-10"]);
  });
  it("reads year-end as the end of the publication year, or of the year before after 'since'", () => {
    assert.deepEqual(times("The sale should close by year-end."), ["year-end|DATE|2024|END"]);
    assert.deepEqual(times("The index has fallen 4% since year-end."), ["year-end|DATE|2023|END"]);
    assert.deepEqual(times("Rules must be in place by year's end."), ["year's end|DATE|2024|END"]);
    // 2024-01-03: the year that has just ended.
    assert.equal(timeValue("The index has fallen since year end.", "year end", "2024-01-03"), "2023");
  });
  it("reads 'earlier in the year' and 'later in the day' as the unit last mentioned, else the current one", () => {
    assert.deepEqual(times("Planting was delayed earlier in the year."), ["the year|DATE|2024"]);
    assert.deepEqual(times("He flew to Rome later in the day."), ["the day|DATE|2024-05-14"]);
    assert.deepEqual(times("Ford said on Monday that sales rose in April; shares fell later in the day."), [
      "Monday|DATE|2024-05-13",
      "April|DATE|2024-04",
      "the day|DATE|2024-05-13",
    ]);
  });
});

describe("time: offsets", () => {
  it("every time is a valid span of the analysed text", () => {
    const text =
      "On Tuesday, May 14, 2024, the minister said trade had doubled over the past two years.\n\nHe will return on Thursday at 9 a.m.";
    const analysis = analysisOf(text, "2024-05-14");
    assertValidAnalysis(analysis);
    assert.ok(analysis.times.length >= 3);
    for (const t of analysis.times) assert.equal(text.slice(t.start, t.end), t.text);
  });
});

describe("time: weekday sets, report periods a year back, holiday weeks, parts of a day just mentioned", () => {
  it("reads a weekday with a plural day part as a set, for each weekday of a list", () => {
    assert.deepEqual(times("The ferry sails on Monday and Tuesday nights, and on Friday, Saturday or Sunday mornings."), [
      "Monday|SET|XXXX-WXX-1TNI",
      "Tuesday nights|SET|XXXX-WXX-2TNI",
      "Friday|SET|XXXX-WXX-5TMO",
      "Saturday|SET|XXXX-WXX-6TMO",
      "Sunday mornings|SET|XXXX-WXX-7TMO",
    ]);
    // A singular day part stays one day; a weekday list without a day part stays days.
    assert.equal(timeValue("The ferry sailed on Monday night.", "Monday night"), "2024-05-13TNI");
    assert.deepEqual(times("The ferry sailed on Monday and Tuesday."), ["Monday|DATE|2024-05-13", "Tuesday|DATE|2024-05-14"]);
  });
  it("dates the reported quarter a year back as one expression", () => {
    const report = "The miner earned $4 million in the second quarter. For the quarter a year ago it earned $3 million.";
    assert.equal(timeValue(report, "the quarter a year ago"), "2023-Q2");
    assert.equal(timeValue("Sales rose in the second quarter from the period last year.", "the period last year"), "2023-Q2");
    // Outside a report, "the period last year" is the time just named, a year back.
    assert.equal(
      timeValue("Protests erupted in March 2023. In the period last year, police arrested many.", "the period last year"),
      "2022-03",
    );
    assert.equal(timeValue("Profit rose in the first quarter; last year's quarter was weak.", "last year's quarter"), "2023-Q1");
    // Across a year boundary: published 2024-01-20, the last completed quarter is 2023-Q4.
    assert.equal(timeValue("Last year's quarter was weaker.", "Last year's quarter", "2024-01-20"), "2022-Q4");
  });
  it("reads a holiday week as the ISO week holding the holiday", () => {
    // Easter Sunday 2024 is March 31 (ISO week 13); Christmas 2023 a Monday (ISO week 52).
    assert.equal(timeValue("Crowds gathered as Easter week began.", "Easter week", "2024-04-02"), "2024-W13");
    assert.equal(timeValue("Trading was thin in Christmas week.", "Christmas week", "2024-01-03"), "2023-W52");
    // Leap year: Easter 2024 after a leap day; 2028 Easter is April 16 (ISO week 15).
    assert.equal(timeValue("Crowds gathered as Easter week began.", "Easter week", "2028-04-20"), "2028-W15");
  });
  it("places 'the next morning' and 'that night' on the day just mentioned", () => {
    const text = "He was arrested on Friday and appeared in court the next morning. That night he was freed.";
    assert.deepEqual(times(text), ["Friday|DATE|2024-05-10", "the next morning|TIME|2024-05-11TMO", "That night|TIME|2024-05-10TNI"]);
    // Across a month end in a leap year: the day after February 28 is February 29.
    assert.equal(
      timeValue("Talks began on February 28, 2024 and resumed the following evening.", "the following evening"),
      "2024-02-29TEV",
    );
    // With no day mentioned before, the part of day stays unanchored rather than guessed.
    assert.equal(timeValue("He appeared in court the next morning.", "the next morning"), null);
  });
});

describe("time: lengths written as adjectives", () => {
  it("reads '<unit>-long' as a length, and 'a' before it as counting the noun", () => {
    assert.deepEqual(times("After a day-long meeting, a two-hour-long call and a year-long war, the weeks-long siege ended."), [
      "day-long|DURATION|P1D",
      "two-hour-long|DURATION|PT2H",
      "year-long|DURATION|P1Y",
      "weeks-long|DURATION|PXW",
    ]);
    assert.deepEqual(times("The decades-long dispute lasted a few weeks more."), [
      "decades-long|DURATION|PXDE",
      "a few weeks|DURATION|PXW",
    ]);
  });
});

describe("time: tense of a present passive", () => {
  it("reads 'is expected', 'are announced' as present, so a weekday a few days ahead is ahead", () => {
    // 2024-05-14 is a Tuesday.
    assert.equal(timeValue("The verdict is expected Friday.", "Friday"), "2024-05-17");
    assert.equal(timeValue("The results are announced Thursday.", "Thursday"), "2024-05-16");
    // A participle after "has" stays past.
    assert.equal(timeValue("The court has ruled Friday.", "Friday"), "2024-05-10");
  });
});

describe("time: yearless months far off and dates given as deadlines", () => {
  it("lets the clause's tense pick a month up to ten months away", () => {
    // Published late October: a past-tense January is this year's, a future December this year's.
    assert.equal(timeValue("In January, the board hired a new chief executive.", "January", "2023-10-27"), "2023-01");
    assert.equal(timeValue("The probe will be launched on a rocket in December.", "December", "2024-03-04"), "2024-12");
    // Ten and a half months back is too far for a past verb nearby: the nearest December wins.
    assert.equal(timeValue("The board declared a dividend payable Dec. 7.", "Dec. 7", "2023-10-20"), "2023-12-07");
  });
  it("reads a yearless date after 'by', 'until' or 'effective' as ahead, across a year boundary", () => {
    assert.equal(timeValue("The firm said it expected to finish the sale by Jan. 14.", "Jan. 14", "2023-12-28"), "2024-01-14");
    assert.equal(timeValue("It named a new board, effective Feb. 29.", "Feb. 29", "2024-01-30"), "2024-02-29");
    assert.equal(timeValue("Talks were supposed to conclude by May, the envoy said.", "May", "2024-10-02"), "2025-05");
    // "through" is as often a span already over.
    assert.equal(timeValue("The fund had fallen 2% this year through Oct. 19.", "Oct. 19", "2024-10-27"), "2024-10-19");
  });
});

describe("time: clock times read without chrono-node", () => {
  it("converts meridiem hours to the 24-hour clock and rejects impossible times", () => {
    assert.deepEqual(hourMinute(12, 0, "a.m."), { hour: 0, minute: 0 });
    assert.deepEqual(hourMinute(12, 30, "p.m"), { hour: 12, minute: 30 });
    assert.deepEqual(hourMinute(7, 5, "pm"), { hour: 19, minute: 5 });
    assert.deepEqual(hourMinute(24, 0, null), { hour: 24, minute: 0 });
    assert.equal(hourMinute(13, 0, "p.m."), null);
    assert.equal(hourMinute(9, 75, null), null);
    assert.equal(hourMinute(25, 0, null), null);
  });
  it("reads clock times on the day named after them, else on the day last mentioned (across a leap day)", () => {
    assert.deepEqual(times("Voting resumed at 12 a.m. Sunday and ended at 07:05.", "2024-03-01"), [
      "12 a.m. Sunday|TIME|2024-02-25T00:00",
      "07:05|TIME|2024-02-25T07:05",
    ]);
  });
});
