# Counted nouns that count the same kind of thing, so that "700,000 units"
# and "2 million H200 chips" can be compared when their metric and subject
# agree.  canonical|alias...  (nouns in the singular, as claims store them)
# People and jobs are one class: "1,800 jobs" and "employ 1,500 people"
# count the same thing when the metric is the same.
chip|chip|processor|GPU|unit|accelerator|H20|H200|H100|die
people|person|people|resident|inhabitant|individual|job|position|role|post|firefighter|engineer|employee|worker|staff|runner|participant|entrant|competitor|athlete|spectator|fan|visitor|attendee|festivalgoer|concertgoer|patient|volunteer|member|voter|customer|student|passenger|rider|traveler|traveller|commuter|investor|victim|client|soldier|troop|guardsman|officer|personnel|user|subscriber|migrant|immigrant|emigrant|refugee|asylum seeker|arrival|evacuee|child|adult|man|woman|boy|girl|teenager|tourist|pilgrim|mourner|worshipper|protester|protestor|demonstrator|striker|marcher|rioter|prisoner|inmate|detainee|hostage|survivor|citizen|civilian|national|local|student|pupil|teacher|doctor|nurse|miner|farmer|player|fighter|rebel|militant|refugees|household member|journey|trip|flyer
home|home|house|building|structure|residence
aircraft|aircraft|plane|jet|airliner
win|win|victory|game
website|website|site|web site|webpage
