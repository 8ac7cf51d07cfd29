# Qualifiers that change which fact a figure is (engine/frame.c):
# class|word or phrase...  A figure's qualifiers are the classes found just
# before it (or, for "in all" and "so far", just after) in its clause.  Two
# figures whose qualifier classes differ are less likely one fact.
part|including|included|among them|among|of whom|of which|of them|out of|of the|such as|alone
initial|initial|initially|first|preliminary|early|earlier|original|originally|opening|provisional
total|total|overall|combined|cumulative|in all|altogether|in total|all told|aggregate|entire|whole
sofar|so far|to date|thus far|as of|until now|by now|yet
extra|another|additional|further|more|new|extra|at least another|fresh
per|per|each|apiece|a day|a week|a month|a year|per day|per year|annually|daily|weekly|monthly|an hour|a head|per capita|per share
estimate|estimated|estimate|expected|projected|forecast|predicted|could|would|may|might|potential|up to
before|before|prior|previous|previously|last|former|from
net|net|after tax|pre-tax|gross|adjusted|underlying
