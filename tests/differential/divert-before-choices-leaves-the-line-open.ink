He points, -> next
=== next ===
+ [Look]
    You look. #seen
    -> END
