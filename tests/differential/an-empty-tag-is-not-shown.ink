A line. #
Another #  # kept
+ [Go #] Went. # #also
  -> END
