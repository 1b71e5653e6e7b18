/**
 * Word lists and thresholds of the actors stage, each with why it exists. All lower-cased.
 * None names a person, phrase or page from a data set: these are closed-class English words.
 */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words of a title or role that precede a name ("Foreign Minister", "Gen.", "Dr."): they are
 * not part of the person's name and give the person's role.
 */
export const TITLE_WORDS = set(`
  president vice-president minister secretary prime chancellor premier king queen prince princess
  emperor sultan emir sheikh shaikh ayatollah imam pope cardinal archbishop bishop rabbi pastor
  general gen. gen colonel col. lieutenant lt. major maj. captain capt. admiral adm. commander
  sergeant sgt. marshal brigadier corporal private
  senator sen. representative rep. congressman congresswoman governor gov. mayor ambassador envoy
  spokesman spokeswoman spokesperson chief director chairman chairwoman chair ceo cfo coo cto
  founder co-founder president-elect chief-of-staff deputy vice foreign defence defense interior
  finance trade economy justice health education energy home state
  professor prof. dr. dr mr. mr mrs. mrs ms. ms sir dame lord lady judge justice magistrate
  leader head analyst researcher fellow economist lawyer attorney attorney-general prosecutor
  commissioner inspector superintendent officer official diplomat negotiator adviser advisor
  coach manager executive editor correspondent reporter journalist author
  prime-minister crown speaker treasurer
`);

/** Honorifics never part of the name mention but telling its gender/kind (used by coreference). */
export const HONORIFICS = new Map<string, "m" | "f" | "x">([
  ["mr", "m"],
  ["mr.", "m"],
  ["mrs", "f"],
  ["mrs.", "f"],
  ["ms", "f"],
  ["ms.", "f"],
  ["miss", "f"],
  ["sir", "m"],
  ["dame", "f"],
  ["lady", "f"],
  ["lord", "m"],
  ["king", "m"],
  ["queen", "f"],
  ["prince", "m"],
  ["princess", "f"],
]);

/** Head words that make a capitalised phrase an organisation ("… University", "Ministry of …"). */
export const ORG_WORDS = set(`
  university college institute institution ministry party agency forces force council committee
  commission corporation corp corp. inc inc. ltd ltd. llc plc co co. company companies group bank
  fund organization organisation association union army navy airforce guard guards foundation
  center centre court parliament assembly congress senate office department authority service
  services bureau board academy school society federation alliance coalition front movement
  brigade brigades battalion regiment division command network news times post press agency
  airlines airways motors industries holdings technologies systems international club league
  cabinet government administration police ministry-of tribunal secretariat directorate
`);

/** Words that start an organisation name followed by "of" ("Ministry of Defence", "Bank of …"). */
export const ORG_OF_HEADS = set(`
  ministry department university bank institute office council committee commission court
  organization organisation association federation league union academy school college bureau
  board house chamber party government
`);

/** Head words of place names ("Gaza Strip", "Red Sea", "Hubei Province"). */
export const PLACE_WORDS = set(`
  city province county district region state republic island islands sea ocean gulf bay river
  mountain mountains mount lake strait peninsula valley desert coast border square street avenue
  airport port strip bank heights plateau basin canal
`);

/** Lower-case words a name may contain between capitalised words ("Bank of England", "Abu al-Hassan"). */
export const INNER_CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "the",
  "&",
  "-",
  "de",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "el",
]);

/** Name particles that may sit lower-case inside a person's name ("bin", "van der", "al-"). */

export const NAME_PARTICLES = set(`
  bin ibn bint al el al- el- van der den de del della di da dos das du la le von zu ter ten abu abd
  y
`);

/** Personal pronouns we resolve, with the gender/number they need. */
export const PRONOUNS = new Map<string, "m" | "f" | "p">([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["she", "f"],
  ["her", "f"],
  ["they", "p"],
  ["them", "p"],
  ["their", "p"],
]);

/**
 * Capitalised words that open a sentence or headline but are not names: a name tagger sees
 * "Help" or "With" mid-sentence in link fragments; these never start a mention on their own.
 */
export const NEVER_NAMES = set(`
  the a an this that these those it its he she they we i you his her their our my your
  and or but if when while after before as at by for from in into of on to with without
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mr mrs ms dr today yesterday tomorrow
`);

/** Day words that end a name the tagger ran on into them ("Serbia Friday rejected …"). */
export const DAY_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
`);

/** Verbs after which a capital/seat-of-power name is the government acting ("Beijing said"). */
export const METONYM_VERBS = set(`
  say says said tell tells told warn warns warned accuse accuses accused urge urges urged demand
  demands demanded deny denies denied announce announces announced reject rejects rejected
  insist insists insisted claim claims claimed respond responds responded condemn condemns
  condemned threaten threatens threatened vow vows vowed call calls called sanction sanctions
  sanctioned retaliate retaliated retaliates refuse refuses refused agree agrees agreed want wants
  wanted has have had is was will would could should may might must can
  sees saw views viewed believes believed considers considered expects expected
`);

/** Prepositions after which a place name is a place ("talks in Beijing"). */
export const PLACE_PREPOSITIONS = set(`in at to from near across inside outside around via into through toward towards`);

/** Upper bound on tokens in one name mention: longer Title-Case runs are headlines or link text. */
export const MAX_NAME_TOKENS = 8;

/**
 * A run of this many or more Title-Case tokens (excluding connectors) inside a lower-case
 * sentence, containing common verbs/prepositions, is a link or headline fragment.
 */
export const TITLE_FRAGMENT_MIN = 3;

/**
 * Lower-case nouns that introduce an organisation's name right after them ("automaker
 * Chrysler", "the airline Ryanair", "rival Boeing"): the name is an organisation.
 */
export const ORG_INTRODUCERS = set(`
  company companies firm automaker carmaker manufacturer maker airline carrier bank lender insurer
  retailer broadcaster network newspaper publisher group conglomerate giant rival rivals partner
  supplier subsidiary unit operator producer developer contractor startup start-up party agency
  charity organisation organization union club team outlet broker investor division
`);

/** Currency signs: a code glued in front of one ("AU$", "US$", "HK$") is a currency, not a name. */
export const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥"]);

/**
 * Country names that are also common given names: a run starting with one may be a person
 * ("Jordan Peele"), so it is not read as a company named after the country ("China Eastern").
 */
export const GIVEN_NAME_COUNTRIES = set(`jordan chad israel georgia india kenya america`);

/**
 * Last words of company names beyond ORG_WORDS ("Lehman Brothers", "Douglas Aircraft", "Cerberus
 * Capital Management"). Kept apart from ORG_WORDS because the tagger's features read that list.
 */
export const COMPANY_HEADS = set(`
  aircraft aerospace brothers bros auto automotive motor electric energy petroleum oil steel
  pharmaceuticals pharma capital partners management insurance media entertainment communications
  telecom telecommunications financial securities investments laboratories labs software resources
  mining chemicals foods logistics shipping enterprises ventures solutions consulting studios
  broadcasting
`);

/**
 * Last words of event names ("Beijing Olympic Games", "Paris Air Show", "Cold War"): the whole
 * run is an event (MISC in NER terms), and no person, organisation or place inside it is named.
 */
export const EVENT_HEADS = set(`
  games olympics olympiad cup championship championships tournament show expo exhibition festival
  summit war election elections referendum awards prize marathon grand-prix
`);

/**
 * Titles that belong to a company or organisation: a name written right before one is that
 * organisation ("Airbus chief executive", "Ryanair CEO"), not a person or a place.
 */
export const CORPORATE_TITLES = set(`
  ceo ceos cfo coo cto chairman chairwoman spokesman spokeswoman spokesperson co-founder
  shareholders stockholders employees
`);

/** Words after "chief" that make it a corporate title ("chief executive", "chief operating officer"). */
export const CORPORATE_CHIEF_NEXT = set(`executive executives operating financial technology technical`);

/**
 * Legal forms that end a company's name ("Chrysler LLC", "Daimler AG"): capitalised words after
 * one start another name ("Chrysler LLC Jim Press" is a company, then its chairman).
 */
export const LEGAL_FORMS = set(`llc inc inc. ltd ltd. plc ag gmbh corp corp. n.v. nv s.a. sa co. spa s.p.a.`);

/**
 * Ministerial portfolios and the press office: before "Minister" or "Secretary" they belong to the title ("Labour
 * Minister", "Foreign Secretary", "Press Secretary"), so a name the tagger ran into them stops before them.
 */
export const PORTFOLIO_WORDS = set(`
  labour labor trade finance health foreign defence defense interior justice education energy
  economy economic agriculture environment transport transportation culture industry tourism
  communications information housing welfare employment security development fisheries mines
  mining oil petroleum water sports youth science technology treasury home commerce
  infrastructure planning social affairs press
`);

/** Title nouns after which portfolio words end (see PORTFOLIO_WORDS). */
export const PORTFOLIO_TITLES = set(`minister ministers secretary secretaries`);

/**
 * Last words a company's short name leaves out: after the first full mention, news writes
 * "Ford Motor Company" as "Ford", "Chrysler LLC" as "Chrysler", "AirTran Airways" as "AirTran".
 * Corporate words only: "Labour Party" or "Bank of England" are not shortened this way.
 */
export const CORPORATE_SUFFIXES = set(`
  company corporation corp corp. co co. inc inc. ltd ltd. llc plc ag gmbh n.v. nv s.a. spa s.p.a.
  group holdings holding motor motors airways airlines aircraft industries
`);
