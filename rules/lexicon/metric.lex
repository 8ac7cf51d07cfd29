# What a figure measures.  canonical|alias|alias...  The metric word
# closest to a figure in its clause wins; longer phrases beat their parts.
# A change word (change.lex) next to a percentage turns the nearest metric
# of its sentence into "METRIC growth" or "METRIC decline".  Metrics listed
# in metric_money.lex measure money: a count never takes them ("40 buses at
# a cost of $38 million" counts buses).
purchases|ordered|orders|order|placed orders|rush orders|amassed|stockpile|stockpiled|stock up|bought|buy|purchased|purchases|asked for|lined up orders
deliveries|delivered|deliveries|shipped to customers
output|ship|shipped|shipments|shipping|produce|produced|production|make|output|manufacture|capacity|annual capacity|production capacity
inventory|inventory|in inventory|inventory of|holds|on hand|to sell|available to sell|in stock|months of supply|supply of homes
licences|licences|licenses|licence|license|approved licences|approvals
spending|spend|spent|spending|budget|budgeted|budgets|capex|capital expenditure|capital spending|operating budget|spending plan|invest|invested|investing|investment|investments
savings|savings|save|saves|saving|cost savings|cut costs|cut costs by|cost cuts
revenue|revenue|revenues|sales|turnover|generate|generates|generated|bring in|brings in|brought in|bringing in
profit|profit|profits|net income|earnings
loss|loss|losses|net loss|costing it|costs it|cost it|costing them|losses of
charge|charge|charges|write-down|writedown|impairment|restructuring charges
price|price|prices|priced|offered at|priced at|traded at|list price|sells for|costs|cost|retail price|costing|at a cost of|cost of|tuition|tuition fees|fee|fees|transfer fee
levy|levy|cut of|cut for|tax on each sale|takes a
valuation|valuation|valued|valued at
inflation|inflation|inflation rate|consumer prices|consumer price index|CPI|cost of living|headline inflation
core inflation|core inflation|core prices|core CPI
GDP|GDP|gross domestic product|economic output|economy grew|economy expanded|economy shrank|economy contracted|economic growth
unemployment|unemployment|unemployment rate|jobless rate|jobless|out of work
interest rate|interest rate|policy rate|benchmark rate|key rate|base rate|key interest rate|benchmark interest rate
emissions|emissions|carbon emissions|CO2 emissions|greenhouse gas emissions|CO2 output|carbon dioxide emissions|emission
exports|exports|export|exported|exporting|overseas shipments
offer|offer|offered|offers|offering|on the table|put on the table|counteroffer
rainfall|rainfall|rain|precipitation|inches of rain|of rain
wind speed|wind speed|winds|wind|sustained winds|wind gusts|gusts|wind speeds
fraud|fraud|investment fraud|Ponzi scheme|fraud scheme|investment scheme|swindle|scam|embezzlement|embezzled
victims|victims|defrauded|cheated|swindled|scammed|victimized
restitution|restitution|repay|repays|repaid|pay back|to repay
penalty|penalty|penalties|fine|fined|fines|ordered to pay|civil penalty
wins|wins|won|victories|win
guaranteed|guaranteed|guaranteed money|fully guaranteed
acquisition|acquisition|acquire|acquires|acquired|acquiring|takeover|buyout|agreed to pay|agrees to pay|agreed to buy|agrees to buy|bid|bids|deal worth|deal valued at|all-cash deal|all-stock deal
premium|premium|premiums
reserves|reserves|reserve|operating reserves|reserve margin|spare capacity
demand|demand|peak demand|power demand|electricity demand|peak load
market share|market share
share|share|accounted for|share of|made up|makes up|make up|accounting for|accounts for|account for
share price|shares|stock|share price
employees|employs|employees|staff|workforce|headcount|engineers|employ|employing|employed|jobs|creating jobs|workers|positions|roles
hiring|hiring|hire|hires|hired|to hire|recruit|recruiting|recruits
performance|performance|fast|faster|as fast|throughput|speed|training performance|inference performance
passengers|passengers|passenger traffic|traffic|carried|flew|ridership|riders|rider|travelers|travellers|traveler|traveller
fleet|fleet|aircraft|planes|jets
load factor|load factor
fuel costs|fuel costs|fuel bill
area burned|area burned|burned|scorched|acres|hectares|burnt
containment|contained|containment
evacuations|evacuated|evacuation|evacuations|told to leave|ordered to leave|evacuate|evacuating|forced to flee|fled their homes
rescues|rescued|rescue|rescues|rescuing|rescuers
homes destroyed|homes destroyed|destroyed|lost|houses lost
firefighters|firefighters|firefighter positions|firefighter
damage|damage|damages|losses estimated
aid|emergency aid|aid|relief|emergency funds|relief funds|disaster aid|emergency funding|disaster relief|assistance
police budget|police|police spending|police budget|policing
parks budget|parks budget|parks|parks department
road repairs|road repairs|roads|road maintenance
property tax|property taxes|property tax|tax bill
pension debt|pension debt|pension liabilities|unfunded pensions
deaths|deaths|died|killed|dead|fatalities|killing|kills|death toll|toll
injuries|injuries|injured|injuring|wounded|wounding|hurt
arrests|arrests|arrested|arresting|detained|detentions
attendance|attendance|attended|attendees|drew|draws|drawing|festivalgoers|festival-goers|concertgoers|packed into|flocked to|crammed into|turned out for
deployments|deployed|deploy|deploys|deploying|dispatched
participants|participants|participant|runners|entrants|registered|registrants|competitors
prize|prize money|prize|prizes|purse|prize pool|take home|takes home|winnings
turnout|turnout|voted|votes cast
population|population|inhabitants
users|users|monthly active users|subscribers|customers
outage|outage|outages|downtime|knocked out|went offline|went dark|taken offline|knocked offline
credit|credit|credits|refund|refunds|service credit
enrollment|enrollment|enrolment|enrollments|enrolls|enrols|enrolled|enroll|enrol
