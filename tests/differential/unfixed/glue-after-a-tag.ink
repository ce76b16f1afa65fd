A #t1 <>
B
