VAR x = 1
Open <>
~ x = (x + 1) * 2
~ temp y = (3)
still the same line {x} {y}.
* [Go] glued <>
  ~ x = (x + 0)
  -> END
