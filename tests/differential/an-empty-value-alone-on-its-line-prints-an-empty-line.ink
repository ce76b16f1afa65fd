VAR s = ""
LIST l = a, b
{s}
A
{s}
B
{l}
{""}
{LIST_MIN(l)}{l}
C
{f()}
{g()}
D
-> t ->
* [go]
{s}
E
{s}
* [stay] F
- {s}
-> END

== function f()
~ return

== function g()
{s}

== t
{s}
->->
