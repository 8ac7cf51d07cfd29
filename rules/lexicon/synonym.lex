# Words that say the same thing about a figure, for pairing figures by the
# words around them (engine/ctxpass.c): every word of a line counts as its
# first.  Single words only (context words are single words), lowercase;
# inflections are handled by the stemmer, so list one form of each.
# Broad news vocabulary, not the wording of one article.
price|price|cost|costs|priced|sold|sell|sells|paid|pay|pays|fee|fees|fare|fares
capacity|capacity|seat|seats|hold|holds|accommodate|accommodates
attendance|attendance|attend|attended|attendee|crowd|crowds|drew|draw|draws|attracted|attract|visitor|spectator|fan|festivalgoer|concertgoer|turnout
economy|economy|economic|economies
outage|outage|outages|cut|shutoff|disconnected|disrupted
fire|fire|fires|blaze|blazes|flame|flames|burned|burnt|ignited
worker|worker|workers|employee|employees|staff|staffer|workforce|employ|employs|employed
hire|hire|hired|hiring|recruit|recruited|recruiting
injury|injury|injuries|injured|hurt|wounded
death|death|deaths|killed|died|dead|fatality|fatalities
arrest|arrest|arrests|arrested|detained|detention
student|student|students|pupil|pupils|learner|learners|enrollment|enrolment|enrolled
passenger|passenger|passengers|rider|riders|ridership|traveler|travelers|traveller|travellers|commuter|commuters
wait|wait|waits|waited|waiting|delay|delays|delayed|detour|detours
age|age|aged|old
home|home|homes|house|houses|household|households|residence|residences|dwelling|dwellings
vehicle|vehicle|vehicles|car|cars|suv|suvs|truck|trucks
repair|repair|repairs|repaired|fix|fixed|replace|replaced|replacement|overhaul|overhauls|overhauled|refurbish|refurbished|refurbishment|renovation|renovate|renovated|upgrade|upgrades|upgrading
recall|recall|recalls|recalled|recalling
route|route|routes|line|lines
driver|driver|drivers|operator|operators
funding|funding|fund|funds|funded|grant|grants|subsidy|subsidies|contribute|contribution|contributions
salary|salary|salaries|wage|wages|pay
vessel|vessel|vessels|ship|ships|boat|boats
empty|empty|idle|vacant|unused|unoccupied
hospital|hospital|hospitals|hospitalized|hospitalised|hospitalization|hospitalisation|admitted|admission|admissions|inpatient|inpatients
peak|peak|peaked|crest|crested|crests
need|need|needs|needed|require|requires|required|requirement|threshold
average|average|averages|averaged|mean
worldwide|worldwide|global|globally
