{f(0)}
== function f(n) ==
~ return f(n + 1)
