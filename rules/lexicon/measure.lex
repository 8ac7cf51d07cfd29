# Common measures of news figures, for claim frames (engine/frame.c):
# canonical|alias|alias...  Aliases are general English words and phrases;
# each is compared by its Snowball stems, so one form stands for all
# ("kill" matches killed, killing, kills).  The measure word nearest a figure
# in its clause is the figure's measure.  Never one article's phrase.
deaths|death|dead|die|kill|fatality|fatal|death toll|toll|life|lives lost|perish|bodies|body count|casualty|mortality
injured|injure|injury|wound|hurt|hospitalised|hospitalized|hospitalisation|hospitalization
missing|missing|unaccounted|unaccounted for|whereabouts unknown
arrests|arrest|detain|detention|custody|charged
evacuated|evacuate|evacuation|flee|fled|displace|displacement|homeless|shelter|relocate
rescued|rescue|rescuer|save
cases|case|infection|infect|confirmed cases|suspected cases|outbreak
affected|affect|impact|exposed|disrupt|disruption|strand|stranded
attendance|attend|attendance|crowd|spectator|fan|mourner|visitor|turnout at|gathered|packed
workers|worker|employee|staff|workforce|dockworker|longshoreman|member|union member|employ|striker
layoffs|layoff|lay off|job cut|cut jobs|redundancy|fire|eliminate jobs
jobs|job|position|hire|hiring|payroll
shortfall|shortfall|shortage|short of|short by|vacancy|vacancies|unfilled|understaffed|deficit
revenue|revenue|sales|turnover|takings|gross|grossed|take in|bring in|earn|earned|box office|receipt
profit|profit|net income|earnings|operating income|margin
loss|loss|lost|losses|damage|damages|financial hit|hit|cost the
cost|cost|spend|spending|expenditure|budget|outlay|investment|invest|price tag
price|price|priced|fee|transfer fee|sell for|sold for|paid|pay|bid|offer|offered|deal|worth|value|valued|valuation|purchase|buy|acquire|acquisition|takeover
valuation|valuation|valued at|market value|market cap|market capitalisation|market capitalization|worth
funding|raise|raised|funding|round|financing|invest|investment|backing|stake
shipments|ship|shipment|shipped|deliver|delivery|deliveries|unit|units sold|sell|sold|sales volume
production|produce|production|output|manufacture|harvest|crop|yield|capacity|generate|generation
share|market share|share of|stake|portion|proportion|percentage
growth|grow|growth|rise|increase|gain|climb|jump|surge|up|expand|expansion|rebound
decline|decline|fall|fell|drop|decrease|slump|plunge|down|shrink|contract|contraction|slide|dip
forecast|forecast|projection|project|expect|estimate|outlook|predict|guidance
votes|vote|ballot|voter|votes cast|support|backed|majority|margin
turnout|turnout
seats|seat|constituency|constituencies|mandate
goals|goal|score|scored|strike rate
appearances|appearance|game|match|cap
contract|contract|deal length|year deal|extension
wage|wage|salary|pay|pay rise|raise|wage offer|wage increase|hourly|earn
bonus|bonus|signing-on|signing bonus|loyalty bonus
ports|port|terminal|dock|harbour|harbor
flights|flight|cancel|cancelled|canceled|cancellation|delay|divert|diverted|grounded
passengers|passenger|traveller|traveler|rider|ridership
homes|home|house|household|building|property|dwelling|residence|customer without power|without power|outage
area|hectare|acre|square kilometre|square kilometer|square mile|burn|burned|burnt|scorch|blaze
distance|kilometre|kilometer|mile|km|long|far|away|wide
height|height|tall|high|metre|meter|feet|foot|elevation
speed|speed|mph|km/h|per hour|wind|gust|sustained
magnitude|magnitude|richter|quake|earthquake|tremor|aftershock
population|population|resident|inhabitant|people live|citizen
students|student|pupil|enrollment|enrolment|enrol|enroll
patients|patient|participant|volunteer|subject
vehicles|vehicle|car|truck|suv|pickup|recall|recalled
power|megawatt|gigawatt|mw|gw|electricity|capacity
rate|rate|interest rate|inflation|unemployment|jobless
tariff|tariff|duty|levy|tax
debt|debt|borrowing|loan|bond|deficit
reserves|reserve|reserves|stockpile|inventory
users|user|subscriber|customer|account|active user|weekly active|monthly active
emissions|emission|carbon|co2|greenhouse
migrants|migrant|asylum seeker|refugee|crossing|crossed|arrival|arrive|small boat
prize|prize|prize money|purse|award|payout|winner
settlement|settle|settlement|fine|penalty|penalise|penalize|restitution|disgorgement|pay to resolve
ipo|ipo|listing|offering|float|flotation|debut
