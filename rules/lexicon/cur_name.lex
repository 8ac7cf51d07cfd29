# Currency names written after a number ("100 billion yuan").
USD|dollars|dollar|US dollars|U.S. dollars|US dollar|U.S. dollar|bucks
CNY|yuan|renminbi|Chinese yuan
EUR|euros|euro
GBP|pounds sterling|pounds|pound|sterling
JPY|yen|Japanese yen
INR|rupees|rupee|Indian rupees
SGD|Singapore dollars|Singapore dollar
HKD|Hong Kong dollars|Hong Kong dollar
AUD|Australian dollars|Australian dollar
CAD|Canadian dollars|Canadian dollar
KRW|Korean won|South Korean won
CHF|Swiss francs|Swiss franc|francs
BRL|reais|Brazilian reais
RUB|rubles|roubles
KWD|Kuwaiti dinars|Kuwaiti dinar|kuwaiti dinar
LBP|Lebanese pounds|Lebanese pound
EGP|Egyptian pounds|Egyptian pound|egyptianpound|geneh|genihat masriya
QAR|Qatari riyals|Qatari riyal
SAR|Saudi riyals|Saudi riyal|Saudiriyal|riyals|riyal
BGN|Bulgarian lev|leva|lev
MYR|Malaysian ringgits|Malaysian ringgit|Malaysia ringgits|Malaysia ringgit|ringgits|ringgit
AED|UAE dirhams|dirhams|dirham
IQD|Iraqi dinars|Iraqi dinar
JOD|Jordanian dinars|Jordanian dinar
BHD|Bahraini dinars|Bahraini dinar
OMR|Omani rials|Omani rial
# an unqualified rial is Iran's, by far the most reported (Oman's and
# Yemen's are written out)
IRR|Iranian rials|Iranian rial|rials|rial
MNT|Mongolian tugriks|tugriks|tugrik|togrogs|togrog
TRY|Turkish lira|Turkish liras|lira|liras
VND|Vietnamese dong|dong
THB|Thai baht|baht
PHP|Philippine pesos|pesos|peso
MXN|Mexican pesos
NGN|naira
KES|Kenyan shillings
PKR|Pakistani rupees
IDR|Indonesian rupiah|rupiah
ZAR|South African rand|rand
PLN|zloty|zlotys
SEK|Swedish kronor|Swedish krona
NOK|Norwegian kroner
DKK|Danish kroner
CZK|Czech koruna
HUF|forint|forints
ILS|shekels|shekel|new shekels
NZD|New Zealand dollars|New Zealand dollar
TWD|New Taiwan dollars|Taiwan dollars
JMD|Jamaican dollars|Jamaican dollar
TTD|Trinidad and Tobago dollars
BZD|Belize dollars
FIM|Finnish markka|markka|markkaa
NLG|Dutch guilders|guilders|guilder
DEM|Deutsche marks|German marks|deutsche marks
FRF|French francs
ITL|Italian lire
ESP|pesetas|peseta
XBT|bitcoins|bitcoin
