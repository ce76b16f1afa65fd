{f(0)}
== function f(n) ==
{n < 9000: ~ return f(n + 1)}
<- g
~ return 0
== g ==
* [x] -> END
