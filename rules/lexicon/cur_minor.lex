# Minor currency units: a figure in them is a hundredth of the canonical
# currency ("50 cents" is USD 0.50, "470 pence" is GBP 4.70).
USD|cents|cent|¢|c
GBP|pence|penny|pennies|p
