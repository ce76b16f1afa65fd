LIST colours = red, green, blue
CONST big = 10
VAR x = 1
-> k
== k ==
{x > 0: yes} {~a1|a2|a3|a4|a5|a6|a7|a8}
{x == 2: no|else {~b1|b2|b3|b4|b5|b6|b7|b8}}
{
- x > 5: big
- else: {~c1|c2|c3|c4|c5|c6|c7|c8}
}
{x > 0:
  first {~d1|d2|d3|d4|d5|d6|d7|d8}
- else:
  other
}
{ x:
- 1: one {~e1|e2|e3|e4|e5|e6|e7|e8}
- 2: two
}
{!seq {~f1|f2|f3|f4|f5|f6|f7|f8}|later}
~ temp s = "str {~g1|g2|g3|g4|g5|g6|g7|g8}"
{s}
text {x:
- 1: mid {~p1|p2|p3|p4|p5|p6|p7|p8}
} more {~q1|q2|q3|q4|q5|q6|q7|q8}
-> t ->
after tunnel {~h1|h2|h3|h4|h5|h6|h7|h8}
<- th
~ f()
{~i1|i2|i3|i4|i5|i6|i7|i8} {big} {colours(2)} {LIST_COUNT(colours)}
~ x = f2()
{~j1|j2|j3|j4|j5|j6|j7|j8}
* [{~k1|k2|k3|k4|k5|k6|k7|k8}]
  chosen {~l1|l2|l3|l4|l5|l6|l7|l8}
  -> END
* {x > 0} [other] -> END
== t ==
in tunnel {~m1|m2|m3|m4|m5|m6|m7|m8}
->->
== th ==
thread text {~n1|n2|n3|n4|n5|n6|n7|n8}
-> DONE
== function f ==
~ return
== function f2 ==
in function {~o1|o2|o3|o4|o5|o6|o7|o8}
~ return 1
