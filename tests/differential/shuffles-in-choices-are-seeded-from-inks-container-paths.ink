-> k
== k ==
~ temp x = 1
* a {~p|q|r|s|t} [b {~c|d|e|f|g}] c {~h|i|j|k|l}
  body {~m|n|o|p|q}
  ** d {~r|s|t|u|v}
     nested {~w|x|y|z|v}
     -> g
  ** [e]
  -- after {~a|b|c|d|e}
  -> g
* (lab) d {~t|u|v|w|x}
  -> END
- (g) gathered {~1|2|3|4|5}
* [e] {~v|w|x|y|z}
  -> END
* f {~x|y|z|a|b}
  -> END
- h3 {~m|n|o|p|q}
-> END
