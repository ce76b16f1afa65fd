-> hello ->
there.
-> END
=== hello ===
Hello <>
->->
