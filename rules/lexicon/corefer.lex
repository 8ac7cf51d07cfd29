# Phrases that refer back to the document's main organisation ("the
# company's shares fell 6%") or, on the place line, its main place ("the
# county expects $1.4 million"; a place is a lexicon place or a name with
# a head of namehead.lex: "Kelso County", "City of Riverton"): a figure
# whose clause holds one just before it is about that entity.
org|the company|the company's|the firm|the firm's|the group|the group's|the carrier|the carrier's|the airline|the airline's|the chipmaker|the chipmaker's|its
place|the county|the county's|county officials|the city|the city's|city officials|the town|the town's|town officials|the state|the state's|state officials|the province|the province's
