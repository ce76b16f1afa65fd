LIST mood = calm, (tense), wild
VAR gold = 3
VAR name = "Ada"
VAR target = -> harbour
CONST LIMIT = 5
-> start
== start ==
{~Rain|Wind|Fog} at the door. You have {gold} gold and feel {mood}.
<- aside
* [Go to the harbour] -> harbour
* {gold > 2} [Pay the man] 
  ~ gold = gold - 1
  -> start
+ [Wait]
  {double(gold)} seconds pass.
  -> start
== harbour ==
{stopping: First time.|Again.} {name} looks {LIST_RANDOM(LIST_ALL(mood))}.
~ temp t = LIMIT
~ add(gold, t)
* [Leave] -> tunnel -> END
* [Stay] -> start
== aside ==
* [Look around] The sea is grey. -> DONE
== tunnel ==
Through the dark. ->->
== function double(x) ==
~ return x * 2
== function add(ref a, b) ==
~ a = a + b
