VAR lamp = true
The bedroom.
{ lamp: <- light }
* [Leave]
  Out in the hall.
  { lamp: <- light }
  { lamp: <- light }
  Joe was waiting.
  -> END
= light
* [Turn on the lamp] -> END
