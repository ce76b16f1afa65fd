* (a)
  hello
  ** (b) 
     [hi] there
     -> next
== next
+ (c)
{true} shown -> END
+ (d)
  {false} printed as text -> END
+ (e)
* b
-> END
+ (f) {true}
{false} never shown -> END
