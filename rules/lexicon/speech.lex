# Verbs that report speech: a person's name right before one (or before an
# appositive and then one: "Lisa Ortega, a board member, said") is the
# person quoted, not what a figure is about (attribution).
said|said|says|told|added|wrote|noted|argued|explained
