-> test
== test ==
First line.
Sfcond line.#+ ChoiceC +
 1hoice 2D
- -> test
