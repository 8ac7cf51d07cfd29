# Metrics (canonical names of metric.lex) that only a count can have: a
# sum of money or a quantity next to "won", "killed" or "deployed" keeps
# its own measure ("won a $2 billion contract" is no count of wins;
# "won approval for a 200-megawatt farm" measures the farm).
wins
victims
deployments
rescues
deaths
injuries
arrests
