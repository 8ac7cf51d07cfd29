# Words that make a count a cut from a total rather than the total ("will
# cut 1,800 jobs", "putting 2,400 employees out of work" vs "employs
# 30,000 people"): the claim's metric gets " cut" (engine/attrib.c).
# "before" phrases end right before the figure, "after" phrases start
# within two words after it.
before|cut|cuts|cutting|eliminate|eliminates|eliminated|eliminating|shed|sheds|shedding|axe|axes|axed|axing|slash|slashes|slashed|slashing|lay off|lays off|laid off|laying off
after|out of work|lose their jobs|lost their jobs|losing their jobs|were laid off|will be laid off|be laid off|laid off|made redundant|were cut|will be cut
