# Phrases that refer back to the document's main organisation ("the
# company's shares fell 6%"): a figure whose sentence holds one and names
# no entity is about the organisation the document mentions most.
org|the company|the company's|the firm|the firm's|the group|the group's|the carrier|the carrier's|the airline|the airline's|the chipmaker|the chipmaker's|its
