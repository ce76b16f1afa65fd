// `<- v(args)` passes arguments to the target `v` holds, as
// `<- knot(args)` does: any expressions, function calls among them (the
// shape of a menu built from a list, one thread per item).
LIST guests = (ada), (bo), (cy)
VAR greet = -> greeting
<- greet("Hello", 1 + 1)
<- greeting(shout("hi"), LIST_COUNT(guests))
-> menu(-> offer, guests)
== greeting(word, times)
* [{word} ×{times}] {word}! -> END
== menu(-> each, list)
-> offer_all(each, list, LIST_COUNT(list)) ->
-> DONE
== offer_all(-> each, list, n)
<- each(pop(list), n)
{n > 1: -> offer_all(each, list, n - 1) ->}
->->
== function shout(word)
~ return "{word}!"
== function pop(ref list)
~ temp first = LIST_MIN(list)
~ list -= first
~ return first
== offer(guest, n)
* [Ask {guest} ({n})] You ask {guest}.
  -> END
