# Titles written before a person's name ("Governor Lena Marsh", "Mayor
# Joan Reyes").  A title starts no name, and the person it introduces is
# an official acting for a place or an organisation, never what a figure
# is about: "Governor Lena Marsh approved $10 million in emergency aid" is
# aid for the story's subject (engine/attrib.c, find_mentions).  Exact
# words, one per line.
Governor
Gov
Mayor
President
Vice-President
Premier
Prime
Chancellor
Minister
Secretary
Senator
Sen
Representative
Rep
Congressman
Congresswoman
Councillor
Councilman
Councilwoman
Alderman
Commissioner
Sheriff
Judge
Prosecutor
Superintendent
Treasurer
Comptroller
Inspector
Ambassador
