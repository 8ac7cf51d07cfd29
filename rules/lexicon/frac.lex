# Fraction words.  Canonical form = the value as a/b.  "one-tenth" is
# one times tenth; "half" alone is 1/2.
1/2|half|halves
1/3|third|thirds
1/4|quarter|quarters|fourth|fourths
1/5|fifth|fifths
1/6|sixth|sixths
1/7|seventh|sevenths
1/8|eighth|eighths
1/9|ninth|ninths
1/10|tenth|tenths
1/100|hundredth|hundredths
1/1000|thousandth|thousandths
1/1000000|millionth|millionths
1/1000000000|billionth|billionths
1/1000000000000|trillionth|trillionths
