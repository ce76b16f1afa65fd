A #t1 <> and more
B #t2 <>
C
D
-> END
