# Scale words and suffixes.  Canonical form = the multiplier.
# Case matters for single letters in lookups only when an exact match exists.
1e2|hundred|hundreds
12|dozen|dozens|doz|dozs|dz|dzs
1e3|thousand|thousands|k|K|grand|thou
1e5|lakh|lakhs|lac|lacs|lkh|lkhs
1e6|million|millions|mn|m|M|mln|mil
1e7|crore|crores|cr
1e9|billion|billions|bn|b|B|bln
1e12|trillion|trillions|tn|tr|T|trn|tln
