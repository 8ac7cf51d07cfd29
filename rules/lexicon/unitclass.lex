# Counted nouns that count the same kind of thing, so that "700,000 units"
# and "2 million H200 chips" can be compared when their metric and subject
# agree.  canonical|alias...  (nouns in the singular, as claims store them)
people|person|people|resident|inhabitant|individual
chip|chip|processor|GPU|unit|accelerator|H20|H200|H100|die
job|job|position|role|post|firefighter|engineer|employee|worker|staff
home|home|house|building|structure|residence
aircraft|aircraft|plane|jet|airliner
