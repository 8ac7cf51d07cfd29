# What a count measures when no metric word says it: the thing counted
# names it.  canonical|noun...  (nouns in the singular, as claims store
# them; canonicals are metrics of metric.lex).  "The district, which
# serves about 21,000 students" is enrollment, as "enrolls 21,300
# students" is (engine/attrib.c, metric_of).
enrollment|student|pupil
