The ferry was late.
-> harbor
=== harbour ===
Gulls.
-> END
