# Words that set one figure apart from another of the same measure
# (engine/frame.c, matched by Snowball stems, single words):
#   GROUP.ALTERNATIVE|word|word...
# Lines of one GROUP are alternatives that exclude each other: a figure
# with "hybrid" cars beside it is not the one with "battery" cars beside
# it, a net figure is not the gross one, a closing price is not the
# opening one.  A figure gets the alternatives said within a few words of
# it; two figures with different alternatives of one group "clash".
# General news vocabulary only, never one article's words.
drive.hybrid|hybrid|hybrids|phev|phevs|plug
drive.battery|battery|bev|bevs|all-electric
drive.combustion|petrol|gasoline|diesel|combustion
tax.net|net|after-tax
tax.gross|gross|pre-tax|pretax
basis.adjusted|adjusted|underlying|non-gaap
basis.reported|unadjusted|gaap|statutory
certainty.confirmed|confirmed
certainty.probable|probable|suspected
place.domestic|domestic
place.foreign|international|overseas|foreign|abroad|export|exports|exported
trade.import|import|imports|imported
trade.export|export|exports|exported
sex.men|men|male|males|boys
sex.women|women|female|females|girls|women's
value.equity|equity
value.enterprise|enterprise
price.nominal|nominal
price.real|inflation-adjusted
price.open|opened|opening
price.close|closed|closing
price.high|peak|peaked|intraday
price.low|trough
bound.minimum|minimum
bound.maximum|maximum|ceiling
order.mandatory|mandatory|compulsory
order.voluntary|voluntary|advisory
scope.public|public
scope.private|private
scope.urban|urban
scope.rural|rural
status.destroyed|destroyed|razed|levelled|leveled
status.damaged|damaged
status.dead|dead|killed|died|deaths|fatalities
status.injured|injured|wounded|hurt|injuries
stage.quarter|quarterly
stage.year|annual|full-year|yearly
staff.short|short|shortfall|shortage|vacancy|vacancies|unfilled
staff.hired|hired|hires|recruited|recruits|added
