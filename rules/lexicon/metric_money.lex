# Metrics (canonical names of metric.lex) that only money, and changes of
# it, can have: a count or quantity next to "cost", "budget" or "revenue"
# keeps the thing it counts as its metric.
price
spending
revenue
profit
loss
charge
levy
valuation
damage
police budget
parks budget
road repairs
property tax
pension debt
fuel costs
acquisition
savings
aid
fraud
restitution
penalty
guaranteed
