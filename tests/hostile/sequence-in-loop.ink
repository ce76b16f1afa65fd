-> a
== a ==
{~a|b|c}{&x|y}{!once}
-> a
