# Qualifiers that make two figures of the same metric measure different
# things.  canonical|alias|alias...
training|training|train|training jobs|large training jobs
inference|inference|serving|serving models
worldwide|worldwide|global|globally|around the world
domestic|domestic|at home
overseas|overseas|abroad|international
pre-money|pre-money|premoney
post-money|post-money|postmoney
per unit|per chip|per unit|each|apiece|per GPU|per processor|per H200|per H20
per month|a month|per month|monthly
per year|a year|per year|annually|annual
per household|per household|per homeowner|for the typical homeowner|for a median home|a median home
