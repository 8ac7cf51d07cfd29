# Words that open a line of page furniture rather than reporting: promos,
# polls, newsletter and comment widgets (used by the x.boilerplate rule).
subscribe
sign up
get the
get our
poll
follow us
advertisement
comments
tags
related
read more
newsletter
share this
print
read next
also read
see also
most read
most popular
trending
recommended
don't miss
more from
watch
listen
