-> a
== a ==
hello
-> a
