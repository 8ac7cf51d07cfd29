# Words right before a bare whole number that make it a count of the same
# (unsaid) thing as the count just before it in its sentence: "23 arrests,
# compared with 28 last year", "1,200 buildings, including 110 that
# collapsed", "27 cases, up from 19".  Used by extraction (count.elided).
#   part     a part of the count before: "including 110"
#   compare  the same measure at another time or place: "compared with
#            28 last year"; attribution gives it the measure and subject
#            of the figure it is compared with, as after "from"
#   change   only after a change word (lexicon change.lex): "up from 19",
#            but not "from 19 countries"
# (The structural cues "of the 340" and "from 210 ... to 300" are in
# engine/extract.c.)
part|including
compare|compared with|compared to|versus|vs|against
change|from
