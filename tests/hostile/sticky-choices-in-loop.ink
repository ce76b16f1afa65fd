VAR n = 0
-> a
== a ==
~ n = n + 1
{n < 1000000: + [again {n}] -> END}
{n < 1000000: -> a}
end
