VAR s = ""
-> a
== a ==
~ s = s + "xxxxxxxxxx"
-> a
