# Generic heads of names written "HEAD of NAME": "Port of Calder",
# "University of Elmsworth", "City of Riverton".  Such a name is known by
# what follows "of" (engine/attrib.c), so that "the Port of Calder" and
# "Calder" are one subject.  Exact words, one per line.
Port
University
City
County
Town
Village
District
Province
State
Republic
Kingdom
Isle
Island
Lake
Mount
Gulf
Bay
Borough
Diocese
Municipality
