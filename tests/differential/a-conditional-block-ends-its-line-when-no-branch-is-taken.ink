VAR x = 0
Before -> t ->
After.
-> END
=== t ===
{
- x > 1:
  Big.
}
In the tunnel -> u ->
->->
=== u ===
{x > 1:
  Big.
}
Deeper.
->->
