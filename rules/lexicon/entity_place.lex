# Countries, regions and cities.  canonical|alias|alias...
China|China|PRC|People's Republic of China
United States|United States|US|U.S.|U.S|USA|America
Taiwan
Japan
India
Singapore
European Union|European Union|EU
United Kingdom|United Kingdom|UK|U.K.|Britain
Germany
France
Beijing
Shanghai
Shenzhen
Hong Kong
