# Verbs that report speech: a person's name right before one (or before an
# appositive and then one: "Lisa Ortega, a board member, said") is the
# person quoted, not what a figure is about; a weekday just after one
# ("said on Monday", "announced by the mayor on Tuesday") dates the report,
# not the figure (attribution).
said|said|says|told|added|wrote|noted|argued|explained|announced|announces|reported|confirmed|disclosed|unveiled|published
