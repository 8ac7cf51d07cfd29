# Hedges written after the figure ("2 million or more", "400,000+" is
# handled by the rules' (?<plus>) group).  Canonical form = interval class,
# as in hedge.lex.
lower|or more|or above|or higher|and up|plus|and above
upper|or less|or fewer|or below|or lower|at most
approx|or so|give or take|more or less|or thereabouts
