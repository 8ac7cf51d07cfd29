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
# US states
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Georgia
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State|New York State
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State|Washington State
West Virginia
Wisconsin
Wyoming
# countries
Canada
Mexico
Brazil
Argentina
Chile
Colombia
Peru
Venezuela
Russia
Ukraine
Poland
Italy
Spain
Portugal
Netherlands
Belgium
Switzerland
Austria
Sweden
Norway
Denmark
Finland
Ireland
Greece
Turkey
Israel
Iran
Iraq
Saudi Arabia
United Arab Emirates|United Arab Emirates|UAE
Qatar
Egypt
Nigeria
South Africa
Kenya
Ethiopia
Pakistan
Bangladesh
Indonesia
Malaysia
Thailand
Vietnam
Philippines
South Korea|South Korea|Korea
North Korea
Australia
New Zealand
# cities
London
Paris
Berlin
Tokyo
Seoul
Mumbai
New Delhi
Sydney
Toronto
Moscow
Dubai
Chicago
Los Angeles
San Francisco
Houston
Boston
Seattle
Miami
