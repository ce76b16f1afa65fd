Before
-> t ->
after.
-> END
=== t ===
In the tunnel ->->
