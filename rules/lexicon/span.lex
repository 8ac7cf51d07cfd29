# "over" before a duration: across it ("a 12% pay rise over three years",
# "$2 billion over five years"), not more than it -- unless one of the
# "bound" words comes right before ("for over a year", "lasted over two
# hours", "in over a decade").  unit: the duration units (canonical names
# of unit.lex) this applies to.  Used by engine/extract.c.
unit|s|min|h|day|week|month|year
bound|for|of|lasted|lasting|last|lasts|took|take|takes|taking|taken|spent|spend|spends|after|in|than|within|waited|wait|waits|waiting|been|was|were|is|are|be|aged|age|ages
