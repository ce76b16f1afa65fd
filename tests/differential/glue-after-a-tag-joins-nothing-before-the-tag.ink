A
#t1
<> B
C
-> END
