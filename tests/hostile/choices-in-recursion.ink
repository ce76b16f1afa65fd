{f(1)}
== function f(n) ==
* [Choice {n}] -> DONE
~ return f(n + 1)
