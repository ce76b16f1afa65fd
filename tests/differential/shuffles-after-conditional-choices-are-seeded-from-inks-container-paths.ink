VAR x = 1
-> k
== k ==
* {x > 0} [e {~a|b|c|d|e|f|g|h}]
  -> END
* {x} {true} a {~i|j|k|l|m|n|o|p} [b {~q|r|s|t|u|v|w|x}]
  -> END
* {x} [e {~y|z|a|b|c|d|e|f}]
  -> END
