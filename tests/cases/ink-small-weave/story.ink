VAR coins = 2
The ferry was late. #harbour
* [Wait] You waited{coins > 1: and counted your {coins} coins}.
* (paid) [Pay a fisherman]
  ~ coins--
  He took a coin and said nothing.
- {paid: The boat smelled of fish.|The ferry came at last.} You had {coins} left.
-> END
