VAR x = true
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
{ x:
hi
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
