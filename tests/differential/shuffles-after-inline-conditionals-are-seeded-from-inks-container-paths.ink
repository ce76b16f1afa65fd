-> k
== k ==
{f()} {~a|b|c|d|e|f|g|h}
{true: yes} {~i|j|k|l|m|n|o|p}
-> END
== function f ==
~ return 1
