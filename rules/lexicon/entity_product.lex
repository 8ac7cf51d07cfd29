# Products and product lines.  canonical|alias|alias... (the canonical
# form is a value, so it is listed again as an alias).  The canonical form
# is what reports show and what claims are grouped by.  A product named in
# a claim's clause is preferred as the claim's subject ("orders of $16
# billion of Nvidia's H20 chips" are about the H20).
Nvidia H20|Nvidia H20|H20|H20s
Nvidia H100|Nvidia H100|H100|H100s
Nvidia H200|Nvidia H200|H200|H200s
Nvidia B200|Nvidia B200|B200|B200s
Nvidia Blackwell|Nvidia Blackwell|Blackwell
Huawei Ascend 910C|Huawei Ascend 910C|910C|Ascend 910C|Ascend 910Cs
Huawei Ascend|Huawei Ascend|Ascend|Ascend 910|Ascend 910B|910B
Huawei CloudMatrix 384|Huawei CloudMatrix 384|CloudMatrix 384|CloudMatrix
AMD MI300X|AMD MI300X|MI300X|MI300
iPhone|iPhone|iPhones
ChatGPT
Gemini
Llama
Airbus A321neo|Airbus A321neo|A321neo
Boeing 737 MAX|Boeing 737 MAX|737 MAX
