VAR x = 1
- (top) * (a)
  [hi] there
  -> k
== k
* (b)
VAR y = 2
+ (c)
== j
-> END
