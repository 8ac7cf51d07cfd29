# Words that make a count an addition to a total rather than the total
# ("will add 60 beds" vs "has 412 beds"): the claim's metric gets " added".
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
