Start.
+ [Look] #seen
- #after
-> END
