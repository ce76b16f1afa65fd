// `<- v` starts a thread at the target `v` holds: a global, a
// temporary, a parameter, a stitch, a label; each thread's choices join
// the others'.
VAR door = -> door_knot
-> hall(-> window_knot)
== hall(-> window)
~ temp stair = -> house.stairs
The hall.
<- door
<- window
<- stair
<- house.cellar.down
* [Stay] You stay in the hall.
  -> END
== door_knot
* [Door] Through the door, seen {door_knot} time.
  -> END
== window_knot
* [Window] Out of the window, seen {window_knot} time.
  -> END
== house
= stairs
* [Stairs] Up the stairs.
  -> END
= cellar
- (down)
* [Cellar] Down to the cellar.
  -> END
