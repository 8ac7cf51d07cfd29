# Time expressions that date a figure.  canonical|alias...
# Y+0, Y-1, Y+1 are years relative to the document's published date; E-1
# is a year before some other time ("spent a year earlier"): it dates a
# change's base, never the change;
# Q1..Q4 and H1, H2 are parts of a year; FY marks a fiscal year;
# BASE marks the start of a comparison base ("than last year's", "from ...
# in 2023"): a period right after it dates the base, not a change.
# DAY: weekdays, dated to the latest on or before the published date, or,
# after a FUT marker in the sentence ("expect 28,500 runners on Sunday"),
# to the next on or after it.
Y+0|this year|this year's|the current year|current year|so far this year|year to date|the year|full-year|full year|the full year
Y-1|last year|last year's
E-1|a year earlier|a year ago|the previous year|the prior year|previous year|prior year|the year before
Y+1|next year|next year's|the coming year|coming year
Q1|first quarter|first-quarter|Q1|first three months|January-March
FQ1|fiscal first quarter|first fiscal quarter
Q2|second quarter|second-quarter|Q2|April-June
FQ2|second fiscal quarter|fiscal second quarter
Q3|third quarter|third-quarter|Q3|July-September
FQ3|third fiscal quarter|fiscal third quarter
Q4|fourth quarter|fourth-quarter|Q4|October-December|final quarter
FQ4|fourth fiscal quarter|fiscal fourth quarter
H1|first half|first-half|H1
H2|second half|second-half|H2
FY|fiscal|fiscal year|financial year|FY
BASE|than|from|over|compared with|compared to|versus|vs|since|increase on|rise on|up on|down on|decrease on|drop on|fall on|gain on|growth on
DAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
FUT|will|expect|expects|is expected|are expected|is set to|are set to|scheduled|is scheduled|are scheduled|upcoming
