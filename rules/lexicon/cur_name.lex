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
