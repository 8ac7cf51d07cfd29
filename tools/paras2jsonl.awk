# Paragraphs (blank-line separated) to a JSONL collection, one article per
# paragraph: {"id": "N", "text": "..."}.  Used by make bench and the store
# tests over the generated news text.
BEGIN { n = 0 }
NF == 0 { if (t != "") { n++; printf "{\"id\": \"%d\", \"text\": \"%s\"}\n", n, t; t = "" } next }
{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); t = (t == "" ? $0 : t " " $0) }
END { if (t != "") { n++; printf "{\"id\": \"%d\", \"text\": \"%s\"}\n", n, t } }
