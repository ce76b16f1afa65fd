A
{true:
  Yes.
}
}
B
-> END
