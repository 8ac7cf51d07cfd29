# Words before a name after a figure that make the name the place where
# something happened, not what the figure is about: "140,000 fans packed
# into Fenmoor Park for the Kestrel Festival" is about the festival.  A
# name after a figure is looked for in the figure's clause only when no
# name stands before it (engine/attrib.c, subject_of); one after these
# words is passed over there (a "the" between them is skipped).
into
inside
outside
near
throughout
across
