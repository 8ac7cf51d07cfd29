# Units of measured quantities.  Canonical form = the unit symbol printed in
# the "unit" field.  Lookups try exact case first ("MB" vs "mb").
GB|GB|gigabytes|gigabyte|GiB
TB|TB|terabytes|terabyte|TiB
MB|MB|megabytes|megabyte|MiB
PB|PB|petabytes|petabyte
nm|nm|nanometers|nanometer|nanometres|nanometre|nanometer-class
mm|mm|millimeters|millimeter|millimetres|millimetre
cm|cm|centimeters|centimeter|centimetres|centimetre
m|meters|meter|metres|metre
km|km|kilometers|kilometer|kilometres|kilometre
mi|miles|mile|mi
ft|ft|feet|foot
in|inches|inch
dm|dm|decimeters|decimetres|decimeter|decimetre
km2|km2|km²|sq km|square kilometers|square kilometres|square kilometer|square kilometre
mi2|sq mi|square miles|square mile
ha|ha|hectares|hectare
acre|acres|acre
kg|kg|kilograms|kilogram|kilos|kilogrammes|kilogramme
g|g|grams|gram|grammes|gramme|gs
mg|mg|milligrams|milligram|milligrammes
µg|µg|μg|mcg|micrograms|microgram|microgrammes
oz|oz|ounces|ounce
t|tonnes|tonne|metric tons|tons|ton
lb|lb|lbs
l|liters|liter|litres|litre
ml|ml|mL|milliliters|milliliter|millilitres|millilitre
cl|cl|centiliters|centilitres
hl|hl|hectoliters|hectolitres|hectoliter|hectolitre
cup|cups|cup
tbsp|tbsp|tablespoons|tablespoon
tsp|tsp|teaspoons|teaspoon
gal|gallons|gallon
bbl|barrels|barrel|bpd
W|watts|watt
kW|kW|kilowatts|kilowatt
MW|MW|megawatts|megawatt
GW|GW|gigawatts|gigawatt
kWh|kWh|kilowatt-hours|kilowatt hours
MWh|MWh|megawatt-hours|megawatt hours
GWh|GWh|gigawatt-hours|gigawatt hours
TWh|TWh|terawatt-hours
TFLOPS|TFLOPS|teraflops|TFLOPs
PFLOPS|PFLOPS|petaflops
GHz|GHz|gigahertz
MHz|MHz|megahertz
Gbps|Gbps|Gb/s
GB/s|GB/s
TB/s|TB/s
°C|°C|degrees Celsius|degrees C|celsius|Celsius|celcius|deg celsius|deg C|degrees centigrade|centigrade
°F|°F|degrees Fahrenheit|degrees F|fahrenheit|Fahrenheit|deg fahrenheit|deg F
km/h|km/h|kph|kmph|km/hr|kilometers per hour|kilometres per hour
mph|mph|miles per hour
t/ha|t/ha|tonnes per hectare|tons per hectare|tonnes a hectare|tonnes an hectare|metric tons per hectare
bu/acre|bu/acre|bushels per acre|bushels an acre|bushels a acre
s|seconds|second|secs
min|minutes|minute|mins
h|hours|hour|hrs|hr
day|days|day
week|weeks|week
month|months|month
year|years|year
rad|rad|radians|radian
