The lamp went out <>
* [Wait]
  You waited. -> END
