-> a
=== a ===
A {a} {b} {b.t} {b.t.g} {b.g2}.
{a > 2: -> END}
{a == 1: -> b.t.g}
-> b.g2
=== b ===
B top
- (g2) At g2 {b} {g2}.
-> a
= t
T
- (g) At g {b} {b.t} {g}.
-> a
