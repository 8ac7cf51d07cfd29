# Currency signs and prefixed signs.  Canonical form = ISO 4217 code.
# The bare dollar sign means USD; a yen/yuan sign defaults to CNY (write
# JP¥ for yen) because the yuan is far more common in this project's news.
USD|$|US$|U.S.$|USD$|US $
SGD|S$|SG$|SGD$
HKD|HK$|HK $
AUD|A$|AU$|AUD$
CAD|C$|CA$|CAN$|C $
NZD|NZ$
TWD|NT$
MXN|MX$|Mex$
BRL|R$
CNY|¥|RMB¥|CN¥|元
JPY|JP¥|円
EUR|€
GBP|£
INR|₹|Rs|Rs.
KRW|₩
RUB|₽
TRY|₺
ILS|₪
NGN|₦
PHP|₱
VND|₫
CHF|Fr.|SFr
CRC|₡
GEL|₾
LAK|₭
LKR|ரூ
NGN|₦
UAH|₴
KZT|₸
BDT|৳
MYR|RM
XBT|₿
