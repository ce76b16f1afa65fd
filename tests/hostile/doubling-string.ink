VAR s = "x"
-> a
== a ==
~ s = s + s
-> a
