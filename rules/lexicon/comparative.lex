# Comparatives after a multiple ("3x faster", "five times more"): such a
# figure is read as "N times as fast", and the report says so, because
# "3x faster" is also written for "4 times as fast".
faster
slower
more
larger
bigger
higher
cheaper
better
greater
longer
stronger
quicker
smaller
lower
less
heavier
