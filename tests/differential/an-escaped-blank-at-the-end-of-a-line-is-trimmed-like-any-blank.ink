Hi\ 
<>there.
#tag
\ 
A\ B {true:\ }C
-> END
