# Words that make a count an addition to a total rather than the total
# ("will add 60 beds" vs "has 412 beds"): the claim's metric gets " added".
# The "more" line also marks money right after it ("a further €5 million",
# "an additional $3 million"): an amount added to another, not a total.
add
adds
added
adding
open
opens
opened
opening
new
build
builds
more|further|additional|extra|another
