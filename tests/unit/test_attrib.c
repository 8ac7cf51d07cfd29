/* test_attrib.c -- attribution: subject, metric, period, scope, ratio
** reference and stated arithmetic, as data: one row per expectation. */
#include "helpers.h"

typedef struct acase {
	const char *text, *published, *claim;
	const char *subject, *metric, *period, *scope, *ref;
} acase;

/* NULL: not checked; "": must be empty */
static const acase cases[] = {
	{ "ByteDance, Alibaba and Tencent ordered at least $16 billion of "
	  "Nvidia's H20 chips in the first quarter.", "2025-04-16",
	  "at least $16 billion", "Nvidia H20", "purchases", "2025-Q1", "", NULL },
	{ "Skyward Air flew 41.2 million passengers last year, up 8% from 38.1 "
	  "million in 2023.", "2025-02-05", "41.2 million passengers", "Skyward Air",
	  "passengers", "2024", NULL, NULL },
	{ "Skyward Air flew 41.2 million passengers last year, up 8% from 38.1 "
	  "million in 2023.", "2025-02-05", "8%", "Skyward Air", "passengers growth",
	  "2024", NULL, NULL },
	{ "Skyward Air flew 41.2 million passengers last year, up 8% from 38.1 "
	  "million in 2023.", "2025-02-05", "38.1 million", "Skyward Air",
	  "passengers", "2023", NULL, NULL },
	{ "The H20 delivers about one-tenth of the H100's training performance "
	  "and roughly 20% of the H100's inference performance.", NULL,
	  "about one-tenth", "Nvidia H20", "performance", NULL, "training",
	  "Nvidia H100" },
	{ "The H20 delivers about one-tenth of the H100's training performance "
	  "and roughly 20% of the H100's inference performance.", NULL,
	  "roughly 20%", "Nvidia H20", "performance", NULL, "inference",
	  "Nvidia H100" },
	{ "The H200 is roughly six times as fast as the H20 on large training "
	  "jobs.", NULL, "roughly six times", "Nvidia H200", "performance", NULL,
	  "training", "Nvidia H20" },
	{ "Nvidia said it would take a charge. The company's shares fell about "
	  "6% in extended trading.", "2025-04-16", "about 6%", "Nvidia",
	  "share price decline", NULL, NULL, NULL },
	{ "The Riverton council approved a $2.4 billion budget for fiscal 2026 on "
	  "Wednesday.", "2025-06-12", "$2.4 billion", "Riverton", "spending",
	  "FY2026", NULL, NULL },
	{ "Police will receive $612 million, up from $590 million.", NULL,
	  "$590 million", NULL, "police budget", "prior", NULL, NULL },
	{ "The Cedar Ridge fire was 40% contained on Sunday evening.",
	  "2025-08-05", "40%", "Cedar", "containment", "2025-08-03", NULL, NULL },
	{ "Revenue rose this year to $5 billion.", NULL, "$5 billion", NULL,
	  "revenue", "", NULL, NULL },
	{ "Revenue rose this year to $5 billion.", "2024-03-01", "$5 billion",
	  NULL, "revenue", "2024", NULL, NULL },
	{ "The budget is about 18% larger than last year's, the sources said.",
	  "2025-01-23", "about 18%", NULL, "spending growth", "", NULL, NULL },
	{ "Each H200 sells for between $25,000 and $30,000.", NULL,
	  "between $25,000 and $30,000", "Nvidia H200", "price", NULL,
	  "per unit", NULL },
	{ "Some 350 people were evacuated and 14 homes have been destroyed.",
	  NULL, "14 homes", NULL, "homes destroyed", NULL, NULL, NULL },
	{ "Authorities said 420 residents had been told to leave their homes.",
	  NULL, "420 residents", NULL, "evacuations", NULL, NULL, NULL },
	/* a base's period dates the base only: not a level stated before it
	** in the sentence, and not a change; a figure's own "than" is no base */
	{ "Westbrook enrolled 31,400 students this fall, a 3.1% increase on "
	  "last year, the registrar said.", "2025-09-18", "31,400 students",
	  NULL, "enrollment", "", NULL, NULL },
	{ "The festival drew 64,000 people as ticket sales rose 12% from last "
	  "year.", "2025-08-12", "64,000 people", NULL, NULL, "", NULL, NULL },
	{ "Revenue rose to $5 billion from $4 billion in 2023.", NULL,
	  "$4 billion", NULL, NULL, "2023", NULL, NULL },
	{ "Skyward expects to carry more than 43 million passengers this year.",
	  "2025-02-06", "more than 43 million passengers", NULL,
	  "passengers", "2025", NULL, NULL },
	/* a person quoted is not what the figure is about; a company that
	** speaks of itself is */
	{ "The change adds $6.40 a month to the bill, according to the "
	  "finance director, Tom Becker.", NULL, "$6.40", "", NULL, NULL, NULL,
	  NULL },
	{ "Board member Lisa Ortega, one of two members who voted against the "
	  "plan, said the authority should wait.", NULL, "two members", "",
	  NULL, NULL, NULL, NULL },
	{ "AMD said it expects a charge of up to $800 million.", NULL,
	  "up to $800 million", "AMD", NULL, NULL, NULL, NULL },
	/* a document naming its subject only where its headline opens */
	{ "Greenvale measles outbreak grows\n\nCounty health officials "
	  "confirmed 27 measles cases on Thursday.", NULL, "27 measles cases",
	  "Greenvale", NULL, NULL, NULL, NULL },
	/* the noun after an amount is its metric, a duration is not */
	{ "The increase funds a $340 million, ten-year plan to replace mains.",
	  NULL, "$340 million", NULL, "", NULL, NULL, NULL },
	/* an addition is not the total */
	{ "The hospital, which has 420 beds, will add 60 beds by 2027.", NULL,
	  "60 beds", NULL, "bed added", NULL, NULL, NULL },
	{ "The hospital, which has 420 beds, will add 60 beds by 2027.", NULL,
	  "420 beds", NULL, "bed", NULL, NULL, NULL },
	/* what changed is named before the change */
	{ "Brewline reported net profit of $84 million for the second quarter, "
	  "up 22% from $69 million a year earlier, on revenue of $1.3 billion.",
	  "2025-08-07", "22%", NULL, "profit growth", "2025-Q2", NULL, NULL },
	/* "a year earlier" dates only the figure right before it */
	{ "Brewline reported net profit of $84 million for the second quarter, "
	  "up 22% from $69 million a year earlier, on revenue of $1.3 billion.",
	  "2025-08-07", "$84 million", NULL, "profit", "2025-Q2", NULL, NULL },
	{ "Brewline reported net profit of $84 million for the second quarter, "
	  "up 22% from $69 million a year earlier, on revenue of $1.3 billion.",
	  "2025-08-07", "$69 million", NULL, NULL, "2024-Q2", NULL, NULL },
	{ "Brewline said second-quarter profit rose to $84 million.",
	  "2025-08-07", "$84 million", NULL, "profit", "2025-Q2", NULL, NULL },
	/* money with no metric word: the noun it modifies */
	{ "The hospital will grow under a $95 million expansion by 2027.", NULL,
	  "$95 million", NULL, "expansion", NULL, NULL, NULL },
	{ "Sales were $5 million a year.", NULL, "$5 million", NULL, "revenue",
	  NULL, "per year", NULL },
	/* a sentence's first word heading a phrase about a name is no name;
	** "HEAD of NAME" is known by NAME; a source after "according to" is
	** not what a figure is about; a name after the figure counts only in
	** its clause */
	{ "Tuition at Elmsworth University is set to climb 4.5 percent, to "
	  "$14,360.", NULL, "$14,360", "Elmsworth University", "price", NULL, NULL, NULL },
	{ "About 1,900 dockworkers walked off the job at the Port of Calder on "
	  "Monday.", NULL, "About 1,900 dockworkers", "Calder", "employees",
	  NULL, NULL, NULL },
	{ "Dockers at Calder struck. The stoppage costs $48 million a day, according "
	  "to the Riverside Chamber of Commerce.", NULL, "$48 million", "Calder",
	  "price", NULL, NULL, NULL },
	{ "Dockers at Calder struck. The union wants a 12 percent increase, against "
	  "the 7 percent Brightwater Terminals has offered.", NULL, "12 percent",
	  "Calder", NULL, NULL, NULL, NULL },
	/* the amount of a change is another fact than the level */
	{ "Financial aid will grow by $3 million to $45 million.", NULL,
	  "$3 million", NULL, "aid growth", NULL, NULL, NULL },
	{ "Financial aid will grow by $3 million to $45 million.", NULL,
	  "$45 million", NULL, "aid", NULL, NULL, NULL },
	{ "Tuition will grow by $3 million to $45 million.", NULL,
	  "$3 million", NULL, "price growth", NULL, NULL, NULL },
	/* a descriptor before a name is not the name; a company's name is
	** no person quoted, and is known in full ("Sunvale Energy", not
	** "Sunvale": another Sunvale may be a festival); "the county" is the
	** document's main place */
	{ "The Kelso County board approved a solar farm. Developer Sunvale "
	  "Energy said the $210 million project will power 32,000 homes.", NULL,
	  "$210 million", "Sunvale Energy", NULL, NULL, NULL, NULL },
	{ "Kestrel Motors is recalling 48,000 SUVs. Kestrel said the repair "
	  "costs $280 million.", NULL, "$280 million", "Kestrel Motors", NULL,
	  NULL, NULL, NULL },
	{ "The Kelso County board approved a solar farm. Developer Sunvale "
	  "Energy said it would open in 2027. The county expects $1.4 million "
	  "a year in tax revenue.", NULL, "$1.4 million", "Kelso", "revenue",
	  NULL, NULL, NULL },
	/* a weekday in a sentence about what will happen is the next one; a
	** weekday after a speech verb dates the report, not the figure */
	{ "Organizers of the Dunmore Marathon expect 28,500 runners on Sunday.",
	  "2026-04-10", "28,500 runners", NULL, NULL, "2026-04-12", NULL, NULL },
	{ "The Cedar Ridge fire was 40% contained on Sunday evening.",
	  "2026-04-10", "40%", NULL, NULL, "2026-04-05", NULL, NULL },
	{ "Fenwick will build 12,000 homes under a plan announced by the mayor "
	  "on Tuesday.", "2026-10-20", "12,000 homes", NULL, NULL, "", NULL,
	  NULL },
	/* "and" joining two nouns does not end the figure's statement; one
	** joining another figure's does */
	{ "Lindqvist expects to record $95 million in severance and "
	  "restructuring charges in the second quarter.", "2026-03-17",
	  "$95 million", NULL, "charge", "2026-Q2", NULL, NULL },
	/* a year after another figure dates that one, not a figure before
	** it in an earlier clause */
	{ "The Kestrel Festival drew 142,000 people over three days, beating "
	  "the previous record of 130,000 set in 2023.", "2025-08-05",
	  "142,000 people", "Kestrel Festival", NULL, "", NULL, NULL },
	{ "The Kestrel Festival drew 142,000 people over three days, beating "
	  "the previous record of 130,000 set in 2023.", "2025-08-05",
	  "130,000", NULL, NULL, "2023", NULL, NULL },
	/* a name after a locative word is where, not what */
	{ "Nearly 140,000 music fans packed into Fenmoor Park for the "
	  "three-day Kestrel Festival.", "2025-08-05", "Nearly 140,000 music fans",
	  "Kestrel Festival", NULL, NULL, NULL, NULL },
	/* attendance, whatever the crowd is called */
	{ "The Pine Ridge Music Festival drew a record 64,000 people over three "
	  "days.", "2025-08-12", "64,000 people", NULL, "attendance", NULL, NULL,
	  NULL },
	{ "County officials counted 58,000 festivalgoers at this year's Pine "
	  "Ridge Music Festival.", "2025-08-14", "58,000 festivalgoers", NULL,
	  "attendance", NULL, NULL, NULL },
	/* runners and registrations are participants; a count of stations
	** that "support runners" still counts stations; prize money */
	{ "More than 30,000 people have registered for Sunday's Dunmore "
	  "Marathon.", "2026-04-10", "More than 30,000 people", NULL,
	  "participants", NULL, NULL, NULL },
	{ "Organizers of the Dunmore Marathon expect 28,500 runners on Sunday.",
	  "2026-04-09", "28,500 runners", NULL, "participants", NULL, NULL,
	  NULL },
	{ "The race has 24 water stations to support runners.", "2026-04-10",
	  "24 water stations", NULL, "station", NULL, NULL, NULL },
	{ "The winners of the men's and women's races will each take home "
	  "$75,000.", "2026-04-09", "$75,000", NULL, "prize", NULL, NULL, NULL },
	/* savings: "cut costs by" is no price */
	{ "The company expects the closures to cut costs by $140 million "
	  "annually.", "2026-02-20", "$140 million", NULL, "savings", NULL,
	  "per year", NULL },
	{ "Chief executive Laura Kim said the closures would save roughly $140 "
	  "million a year.", "2026-02-21", "roughly $140 million", NULL,
	  "savings", NULL, "per year", NULL },
	/* "compared with": the measure of the figure compared with */
	{ "Police said they arrested 23 people, compared with 28 last year.",
	  "2025-08-05", "28", NULL, "arrests", "2024", NULL, NULL },
	/* a sentence opening with a metric word names no one: "Sales of
	** Veltara" are Veltara's */
	{ "Sales of Veltara, its migraine treatment, reached $265 million.",
	  "2025-10-29", "$265 million", "Veltara", "revenue", NULL, NULL, NULL },
	{ "Rescue crews pulled 41 people from floodwaters in Brackton.",
	  "2025-04-14", "41 people", "Brackton", "rescues", NULL, NULL, NULL },
	/* an official named with a title is not what a figure is about; the
	** place before the title is */
	{ "The Sallow River flooded. Governor Lena Marsh approved $10 million "
	  "in emergency aid.", "2025-04-14", "$10 million", "Sallow", "aid",
	  NULL, NULL, NULL },
	{ "Fenwick Mayor Joan Reyes on Tuesday announced a $1.8 billion plan.",
	  "2026-10-20", "$1.8 billion", "Fenwick", NULL, NULL, NULL, NULL },
	/* shares trade "in New York": the place is not whose shares */
	{ "Quillon Therapeutics reported results. The shares rose 6.4% to "
	  "$87.15 in New York.", "2025-10-29", "$87.15", "Quillon Therapeutics",
	  "share price", NULL, NULL, NULL },
	/* "more than 6 feet above flood stage" is a height above a reference */
	{ "The river crested at 24.6 feet, more than 6 feet above flood stage.",
	  "2025-04-14", "more than 6 feet", NULL, NULL, NULL, "above normal",
	  NULL },
	{ "Officials said 5,000 people were forced to evacuate.", "2025-04-14",
	  "5,000 people", NULL, "evacuations", NULL, NULL, NULL },
	{ "Its migraine drug Veltara brought in $265 million.", "2025-10-29",
	  "$265 million", "Veltara", "revenue", NULL, NULL, NULL },
	/* a month range is no name; "made up" a share; the price in a
	** model's name ("the $129 A5") */
	{ "Phone sales at Orvane rose. In the July-September quarter "
	  "sales were up 9%.", "2025-10-16", "9%", "Orvane", NULL, NULL, NULL,
	  NULL },
	{ "The $129 A5 made up about 45% of Orvane's shipments.", "2025-10-16",
	  "about 45%", "A5", "share", NULL, NULL, NULL },
	{ "The $129 A5 made up about 45% of Orvane's shipments.", "2025-10-16",
	  "$129", "A5", "price", NULL, NULL, NULL },
	{ "Homeowners will pay $62 per $100,000 of assessed value each year.",
	  "2025-11-05", "$62", NULL, NULL, NULL, "per year", NULL },
	/* a deal is known by what is bought; what an amount is "in" names
	** it */
	{ "Halvorsen Group has agreed to pay $2.2 billion for hospital software "
	  "firm Brightline.", "2025-09-09", "$2.2 billion", "Brightline",
	  "acquisition", NULL, NULL, NULL },
	{ "Shares rose. Halvorsen Group expects the deal to produce $45 million "
	  "in annual cost savings.", "2025-09-09", "$45 million",
	  "Halvorsen Group", "savings", NULL, "per year", NULL },
	{ "Operating reserves dropped to about 2,000 megawatts.", "2025-07-22",
	  "about 2,000 megawatts", NULL, "reserves", NULL, NULL, NULL },
	/* a name before a person's role is not that person ("a Tarrow Bank
	** executive"); an appositive describes the name before it */
	{ "A former Tarrow Bank executive was sentenced to 7 years for a $48 "
	  "million investment fraud. Marcus Hale must repay $12.5 million. "
	  "Hale spent the rest.", "2025-06-18", "$48 million", "Hale", "fraud",
	  NULL, NULL, NULL },
	{ "Marcus Hale, a former executive at Tarrow Bank, was sentenced to "
	  "seven years for a $45 million Ponzi scheme. Hale must repay it.",
	  "2025-06-18", "$45 million", "Hale", "fraud", NULL, NULL, NULL },
	{ "Last season the Hawks won 51 games.", "2025-07-01", "51 games",
	  "Hawks", "wins", NULL, NULL, NULL },
	{ "The deal averages $32 million a season.", "2025-07-01",
	  "$32 million", NULL, NULL, NULL, "per year", NULL },
	/* a price index's change is inflation itself; "from" an earlier
	** value even when a metric word names it; the economy grows */
	{ "Consumer prices in Velmont rose 3.2% in October from a year "
	  "earlier.", "2025-11-14", "3.2%", "Velmont", "inflation", NULL, NULL,
	  NULL },
	{ "The annual inflation rate in Velmont eased to 3.1% in October from "
	  "3.4% in September.", "2025-11-14", "3.4%", "Velmont", "inflation",
	  "prior", NULL, NULL },
	{ "In Velmont, gross domestic product expanded 0.5% in the third "
	  "quarter.", "2025-11-14", "0.5%", "Velmont", "GDP growth", "2025-Q3",
	  NULL, NULL },
	/* a count no metric word names is named by what it counts
	** (nounmetric.lex); "cut" is a decline */
	{ "The Harwick district, which serves about 21,000 students, spends "
	  "$14,200 per student.", "2025-08-28", "about 21,000 students",
	  "Harwick", "enrollment", NULL, NULL, NULL },
	{ "Norrland Steel cut its carbon emissions 14% last year.", "2025-03-20",
	  "14%", NULL, "emissions decline", "2024", NULL, NULL },
	/* "Export prices" are prices; the average shopper's spending is per
	** person */
	{ "In Dalmora, export prices stood at $245 a tonne.", "2025-10-02",
	  "$245", "Dalmora", "price", NULL, NULL, NULL },
	{ "The average shopper spent $902 on gifts.", "2026-01-15", "$902",
	  NULL, "spending", NULL, "per unit", NULL },
	/* a cut from a total is not the total (decrement.lex); an offer;
	** a change's base after it only in its clause */
	{ "Vantor Systems will cut 1,800 jobs, or 6% of its workforce.",
	  "2026-02-11", "1,800 jobs", "Vantor Systems", "employees cut", NULL,
	  NULL, NULL },
	{ "Brandt will shut 92 stores, putting some 2,400 employees out of "
	  "work.", "2026-02-20", "some 2,400 employees", NULL, "employees cut",
	  NULL, NULL, NULL },
	{ "Vantor Systems employs about 30,000 people.", "2026-02-11",
	  "about 30,000 people", "Vantor Systems", "employees", NULL, NULL,
	  NULL },
	{ "The union wants a 20% raise, while management has put 9 percent on "
	  "the table.", "2025-06-05", "20%", NULL, "growth", NULL, NULL, NULL },
	{ "The union wants a 20% raise, while management has put 9 percent on "
	  "the table.", "2025-06-05", "9 percent", NULL, "offer", NULL, NULL,
	  NULL },
	{ "The council approved the proposed $2 billion budget for Riverton.",
	  "2025-06-12", "$2 billion", "Riverton", "spending", NULL, NULL, NULL },
	{ "The airline, Nordair, said the strike is costing it \u20ac25 "
	  "million a day.",
	  "2025-06-05", "\u20ac25 million", "Nordair", "loss", NULL, "per day",
	  NULL },
	/* "Hurricane Lira" is Lira (namelead.lex); a year cue opening its
	** sentence frames it; an amount after a change word, with the level
	** it led to, is the change; a state the gazetteer knows is a place
	** even once at a sentence's start */
	{ "Hurricane Lira came ashore with sustained winds of 125 mph.",
	  "2025-09-15", "125 mph", "Lira", "wind speed", NULL, NULL, NULL },
	{ "A year ago drivers in Ohio paid $3.41 a gallon.", "2025-11-06",
	  "$3.41", "Ohio", NULL, "2024", NULL, NULL },
	{ "In Ohio, gas prices fell 12 cents in two weeks to $3.08.",
	  "2025-11-06", "12 cents", "Ohio", "price decline", NULL, NULL, NULL },
	{ "In Ohio, gas prices fell 12 cents in two weeks to $3.08.",
	  "2025-11-06", "$3.08", "Ohio", "price", NULL, NULL, NULL },
	{ "California remained the most expensive state at $4.62.",
	  "2025-11-06", "$4.62", "California", NULL, NULL, NULL, NULL },
	{ "Forecasters in Texas warned that up to 18 inches of rain could fall.",
	  "2025-09-15", "up to 18 inches", "Texas", "rainfall", NULL, NULL,
	  NULL },
	/* money and quantities never take a count's metric ("won") */
	{ "Sunvale Energy won a $2 billion contract.", "2025-03-01",
	  "$2 billion", NULL, "contract", NULL, NULL, NULL },
	{ "Sunvale Energy has won approval for a 200-megawatt solar farm.",
	  "2025-03-01", "200-megawatt", NULL, "", NULL, NULL, NULL },
	{ "The stoppage is costing the regional economy an estimated $48 "
	  "million a day.", "2026-06-09", "an estimated $48 million", NULL,
	  "price", NULL, "per day", NULL },
};

static void check(const char *what, const char *got, const char *want,
                  const acase *k)
{
	if (want)
		cr_expect_str_eq(got, want, "%s of \"%s\" in \"%s\": got \"%s\"",
		                 what, k->claim, k->text, got);
}

Test(attrib, fields_of_each_case)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const acase *k = &cases[i];
		const xc_attr *a = test_attr(k->text, k->published, k->claim);
		check("subject", a->subject, k->subject, k);
		check("metric", a->metric, k->metric, k);
		check("period", a->period, k->period, k);
		check("scope", a->scope, k->scope, k);
		check("ref", a->ref, k->ref, k);
	}
}

/* rel: which claims a stated computation relates */
static void expect_rel(const char *s, const char *claim, int rel,
                       const char *a, const char *b)
{
	const xc_attr *at = test_attr(s, "2025-01-01", claim);
	int ia = a ? test_claim_index(s, a) : -1;
	int ib = b ? test_claim_index(s, b) : -1;

	at = test_attr(s, "2025-01-01", claim); /* after the index lookups */
	cr_expect_eq(at->rel, rel, "rel of \"%s\" in \"%s\": %d", claim, s,
	             at->rel);
	if (a)
		cr_expect_eq(at->rel_a, ia, "rel_a of \"%s\": %d, want %d", claim,
		             at->rel_a, ia);
	if (b)
		cr_expect_eq(at->rel_b, ib, "rel_b of \"%s\": %d, want %d", claim,
		             at->rel_b, ib);
}

Test(attrib, multiples_keep_their_reading)
{
	const xc_attr *a = test_attr("The B200 is 3x faster than the H100.", NULL,
	                             "3x");
	cr_expect_str_eq(a->reading, "faster");
	cr_expect_str_eq(a->ref, "Nvidia H100");
	a = test_attr("The H200 is roughly six times as fast as the H20.", NULL,
	              "roughly six times");
	cr_expect_str_eq(a->reading, "");
}

Test(attrib, stated_arithmetic_is_linked)
{
	expect_rel("Skyward Air flew 41.2 million passengers last year, up 8% "
	           "from 38.1 million in 2023.", "8%", XC_REL_CHANGE,
	           "38.1 million", "41.2 million passengers");
	expect_rel("ByteDance has budgeted \xC2\xA5" "100 billion (~$14B) for AI. "
	           "That is up from \xC2\xA5" "85 billion (about $12 billion) spent "
	           "a year earlier, a 16.5% rise.", "16.5%", XC_REL_CHANGE,
	           "\xC2\xA5" "85 billion", "\xC2\xA5" "100 billion");
	expect_rel("The government takes a 25% levy on each sale. At a list "
	           "price of about $27,000 per chip, that works out to $6,750 per "
	           "H200.", "$6,750", XC_REL_PCTOF, "25%", "about $27,000");
	expect_rel("ByteDance will spend \xC2\xA5" "100 billion this year. Of the "
	           "total, \xC2\xA5" "40 billion will go to computing.",
	           "\xC2\xA5" "40 billion", XC_REL_PART, "\xC2\xA5" "100 billion",
	           NULL);
	/* no base amount: nothing to check */
	expect_rel("Property taxes will rise by 2 percent, or about $86 a year.",
	           "2 percent", XC_REL_NONE, NULL, NULL);
}

Test(attrib, names_no_lexicon_knows_become_subjects)
{
	/* neither Quillfield nor its council is in any lexicon */
	const char *s = "Quillfield approves budget. QUILLFIELD - The Quillfield "
	                "council approved a $310 million budget on Monday.";
	const xc_attr *a = test_attr(s, "2025-06-12", "$310 million");
	cr_expect_str_eq(a->subject, "Quillfield");
	cr_expect_str_eq(a->how, "name");
}

Test(attrib, conversion_pairs_share_their_attributes)
{
	const char *s = "ByteDance will spend \xC2\xA5" "100 billion ($13.7 "
	                "billion) on AI infrastructure this year.";
	const xc_attr *a = test_attr(s, "2025-01-23", "\xC2\xA5" "100 billion");
	char subject[XC_REF_MAX], metric[48], period[24];

	strcpy(subject, a->subject);
	strcpy(metric, a->metric);
	strcpy(period, a->period);
	a = test_attr(s, "2025-01-23", "$13.7 billion");
	cr_expect_str_eq(a->subject, subject);
	cr_expect_str_eq(a->metric, metric);
	cr_expect_str_eq(a->period, period);
	cr_expect_str_eq(period, "2025");
}

Test(attrib, hostile_text_does_not_crash)
{
	static char big[200000];
	size_t i, n, k;
	const xc_attr *a;

	/* period words, bases, possessives, figures, no sentence end for long */
	for (i = 0; i + 1 < sizeof big; i++)
		big[i] = "Ab 1,2 $3 bn. The Q1 of fiscal 2025'S from than, since "[i % 55];
	big[sizeof big - 1] = 0;
	a = test_attrs(big, "2025-13-45", &n);
	cr_assert_gt(n, 100);
	for (k = 0; k < n; k++) {
		cr_assert_lt(strlen(a[k].subject), sizeof a[k].subject);
		cr_assert_lt(strlen(a[k].period), sizeof a[k].period);
	}
}

/* A file longer than one attribution window (a dump of many articles, a
** huge line) is attributed a window of whole sentences at a time: an
** article at its end gets what it gets alone, its relations point at its
** own claims, and a conversion pair keeps its partner. */
Test(attrib, long_files_are_attributed_by_windows)
{
	static const char *tail =
		"Skyward Air flew 41.2 million passengers last year, up 8% from "
		"38.1 million in 2023.  ByteDance will spend \xC2\xA5" "100 "
		"billion ($13.7 billion) on AI infrastructure this year.";
	static const char *fill = "The committee met again on a quiet morning "
	                          "and approved 12 new posts. ";
	static const char *probe[] = { "41.2 million passengers", "8%",
	                               "38.1 million", "\xC2\xA5" "100 billion",
	                               "$13.7 billion" };
	size_t fl = strlen(fill), tl = strlen(tail), len = 0, n, i, k;
	char *big = malloc(3 * XC_ATTR_WINDOW + tl + 1);
	xc_attr alone[5];
	int ia[5];
	const xc_attr *a;

	cr_assert_not_null(big);
	for (k = 0; k < 5; k++)
		alone[k] = *test_attr(tail, "2025-02-05", probe[k]);
	while (len + fl < 3 * XC_ATTR_WINDOW) {
		memcpy(big + len, fill, fl);
		len += fl;
	}
	memcpy(big + len, tail, tl + 1);
	for (k = 0; k < 5; k++) {
		ia[k] = test_claim_index(big, probe[k]);
		cr_assert_geq(ia[k], 0, "no claim %s", probe[k]);
	}
	a = test_attrs(big, "2025-02-05", &n);
	for (k = 0; k < 5; k++) {
		const xc_attr *b = &a[ia[k]];
		cr_expect_str_eq(b->subject, alone[k].subject, "subject of %s",
		                 probe[k]);
		cr_expect_str_eq(b->metric, alone[k].metric, "metric of %s",
		                 probe[k]);
		cr_expect_str_eq(b->period, alone[k].period, "period of %s",
		                 probe[k]);
		cr_expect_eq(b->rel, alone[k].rel, "rel of %s", probe[k]);
	}
	/* "8%" is the change from "38.1 million" to "41.2 million passengers",
	** as indexes into the whole file's claims */
	cr_expect_eq(a[ia[1]].rel, XC_REL_CHANGE);
	cr_expect_eq(a[ia[1]].rel_a, ia[2]);
	cr_expect_eq(a[ia[1]].rel_b, ia[0]);
	/* the conversion pair states one figure */
	cr_expect_str_eq(a[ia[4]].subject, a[ia[3]].subject);
	cr_expect_str_eq(a[ia[4]].metric, a[ia[3]].metric);
	cr_expect_str_eq(a[ia[4]].period, a[ia[3]].period);
	for (i = 0; i < n; i++)
		cr_expect(a[i].rel_a < (int)n && a[i].rel_b < (int)n);
	free(big);
}
