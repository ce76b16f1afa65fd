// A tunnel that forgets its `->->`: ink calls that an error, not an ending.
Into the cellar.
-> cellar ->
Back upstairs.
-> END

== cellar ==
It is dark down here.
