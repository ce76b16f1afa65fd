-> a
== a ==
hello <>
-> a
