-> a
== a ==
# tag
-> a
