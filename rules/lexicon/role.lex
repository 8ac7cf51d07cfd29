# A person's role written after an organisation's name: "a former Tarrow
# Bank executive was sentenced" is about that person, not the bank, so a
# name right before one of these words is not what a figure is about
# (engine/attrib.c, find_mentions).  Singular only: "Apple employees"
# may speak for the company.  Exact words, lowercase.
executive
employee
official
spokesman
spokeswoman
spokesperson
manager
director
banker
trader
founder
cofounder
co-founder
lawyer
analyst
engineer
worker
staffer
accountant
adviser
advisor
consultant
