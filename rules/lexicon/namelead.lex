# Generic words that lead a name written "HEAD NAME": "Hurricane Lira",
# "Tropical Storm Lira", "Port Alden", "Mount Hood".  Such a name is known
# by what follows the head (engine/attrib.c), so that "Hurricane Lira"
# and "Lira" are one subject.  Exact words, one per line.
Hurricane
Typhoon
Cyclone
Tropical
Storm
Wildfire
Mount
Mt
Lake
Port
Cape
