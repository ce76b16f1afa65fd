-> a
== a ==
<- a
* [x] -> END
