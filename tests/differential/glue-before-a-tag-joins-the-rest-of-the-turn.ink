A <> #t1
B
C
* [Go] D
  E
  -> END
