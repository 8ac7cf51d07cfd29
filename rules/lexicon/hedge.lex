# Hedge words.  Canonical form = the interval class the hedge implies:
#   lower   the figure is a lower bound        (more than $12B -> [12B, -))
#   upper   the figure is an upper bound       (up to 2 million -> (-, 2M])
#   nearly  an upper bound, and approximate    (nearly $14B -> (-, 14B], approx)
#   approx  approximate, both bounds kept      (about 700,000)
#   none    not a hedge: a longer phrase that ends like one ("the past 5
#           years" is no "past 5") and so overrides it
lower|more than|tops|larger than|bigger than|higher than|greater than or equal to|higher or equal than|bigger or equal than|larger or equal than|more than or equal to|over|exceeded|exceeding|exceeds|exceed|at least|upwards of|above|in excess of|north of|no fewer than|no less than|well over|well above|just over|just above|greater than|topped|surpassed|beyond|past
upper|up to|as many as|as much as|less than|less or equal than|smaller than|lower than|less than or equal to|lower or equal than|smaller or equal than|under|at most|below|fewer than|no more than|not more than|a maximum of|maximum of|capped at
nearly|nearly|almost|just under|just below|close to|shy of|just shy of
approx|about|around|roughly|approximately|near|some|~|approx.|an estimated|estimated|circa|ca.|somewhere around|on the order of|in the region of
none|the past|this past|in past|for past|of past|half past|quarter past|five past|ten past|twenty past|spread over|spread out over|spreading over|spanning over
