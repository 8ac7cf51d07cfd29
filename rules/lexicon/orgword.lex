# Last words of company and institution names: a run of capitalised words
# ending in one of these is an organisation, never a person quoted
# ("Sunvale Energy said the project ..." is about Sunvale), see speaker()
# in engine/attrib.c.  Exact words, one per line.  Such a name is known
# by all its words ("Kestrel Motors" and "Kestrel Festival" are two
# things); the first word alone means it where that is unambiguous, in a
# document and across the store.
Energy
Power
Terminals
Airlines
Airways
Air
Motors
Bank
Group
Holdings
Capital
Partners
Technologies
Technology
Systems
Labs
Media
Pharmaceuticals
Pharma
Therapeutics
Industries
Corporation
Corp
Inc
Ltd
Company
Co
Foods
Logistics
Shipping
Networks
Semiconductor
Electronics
Solutions
Ventures
Resources
Mining
Minerals
Oil
Gas
Utilities
Telecom
Communications
Insurance
Financial
Securities
Investments
Construction
Developments
Properties
Realty
Hospital
University
College
Council
Authority
Agency
Department
Ministry
Commission
Board
Institute
Foundation
Association
Union
# events
Festival
Marathon
Fair
Expo
Games
Summit
Conference
Awards
Tournament
Championship
Championships
