// `->-> v` returns from a tunnel and goes on to the target `v` holds:
// a global, a temporary, a parameter. Tunnels and diverts through
// variables (`-> v ->`, `-> v`) go on working beside them.
VAR next = -> by_temporary
VAR tunnel = -> knock
VAR last = -> finish
-> by_global ->
Never printed.
== by_global
Onwards through a global.
->-> next
== by_temporary
-> away ->
== away
~ temp onwards = -> by_parameter
Onwards through a temporary.
->-> onwards
== by_parameter
-> with(-> by_stitch.inside) ->
== with(-> target)
Onwards through a parameter.
->-> target
== by_stitch
Not here.
= inside
Into a stitch, visited {by_stitch.inside} time.
* [Knock] -> tunnel ->
  Back from the knock.
  -> last
== knock
Knock knock.
->->
== finish
Finished.
-> END
