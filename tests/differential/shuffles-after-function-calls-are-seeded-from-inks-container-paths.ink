-> k
== k ==
~ temp y = 2
{f(y, 1)} {~a|b|c|d|e|f|g|h}
{f(1, 2) + y} {~i|j|k|l|m|n|o|p}
{RANDOM(1, 1)} {~q|r|s|t|u|v|w|x}
-> END
== function f(a, b) ==
~ return a
