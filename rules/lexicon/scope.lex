# Qualifiers that make two figures of the same metric measure different
# things.  canonical|alias|alias...  A figure with no qualifier is compared
# with qualified ones, except rates ("per ...": a total is not a rate) and
# totals with additions ("with ...": "bringing the total deal to
# EUR 70 million" after add-ons is not the fee another article gives),
# heights above or below a reference ("6 feet above flood stage" is not
# the river's level) and online sales (not all sales): scope_apart.lex
# lists them; rates are known by their canonical's first word, "per".
training|training|train|training jobs|large training jobs
inference|inference|serving|serving models
worldwide|worldwide|global|globally|around the world
domestic|domestic|at home
online|online|e-commerce|ecommerce|digital sales|web sales
overseas|overseas|abroad|international
pre-money|pre-money|premoney
post-money|post-money|postmoney
per unit|per chip|per unit|each|apiece|per GPU|per processor|per H200|per H20|per person|per shopper|per consumer|per customer|average shopper|average consumer|per head|a head|per capita
per month|a month|per month|monthly|each month|every month
per year|a year|per year|annually|annual|each year|every year|a season|per season|each season
per day|per day|a day|daily|weekday|each day|per weekday
per household|per household|per homeowner|for the typical homeowner|for a median home|a median home
above normal|above flood stage|above normal|above average|above flood level|over flood stage|higher than normal|above the average
below normal|below normal|below average|below the average|lower than normal|below flood stage
with additions|bringing the total|bringing its total|brings the total|bring the total|including add-ons|with add-ons|including bonuses|with bonuses
# not a rate: "a year earlier" dates a figure (period.lex); "-" is no scope
-|a year earlier|a year ago|a year before|a year later|a day earlier|a day later
