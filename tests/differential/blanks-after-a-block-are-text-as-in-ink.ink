-> k
== k ==
{true:
  A {~1|2|3|4|5|6|7}
} {false:
  B
} {~a|b|c|d|e|f|g|h|i}
X {true:
  C
} <> {~j|k|l|m|n|o|p|q}
{false:
  D
}  {true:
  E
}
{~r|s|t|u|v|w|x|y|z}
+ [again] -> k
+ [end] -> END
