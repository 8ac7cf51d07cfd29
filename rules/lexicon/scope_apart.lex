# Scopes (canonical names of scope.lex) that set a figure apart from an
# unqualified one of the same metric: a total with additions is not the
# fee another article gives, a height above a reference is not the level,
# online sales are not all sales.  Rates ("per ...") are set apart too,
# by their first word (engine/reconcile.c, xc_ck_set_apart).
with additions
above normal
below normal
online
