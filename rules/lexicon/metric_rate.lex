# Metrics (canonical names of metric.lex) that are rates of change
# themselves: a percentage change of them is the metric, not its growth
# ("consumer prices rose 3.2% from a year earlier" is inflation of 3.2%,
# as "inflation eased to 3.1%" is).
inflation
