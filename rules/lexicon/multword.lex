# Multiplier words for ratios.  Canonical form = the multiplier.
2|twice|double|doubled|doubling|twofold
3|thrice|triple|tripled|tripling|threefold
4|quadruple|quadrupled|fourfold
