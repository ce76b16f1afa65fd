-> k
== k ==
A #t1 x
B {~a|b|c|d|e|f|g|h} #t2
# t3
{~i|j|k|l|m|n|o|p}
-> END
