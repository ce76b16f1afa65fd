A <> #t1
-> k1
=== k1
B
-> END
