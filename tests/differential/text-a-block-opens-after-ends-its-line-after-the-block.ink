X {false:
  C
} Y
X {true:
  C
} Y
X {false:
  C
}
Z {stopping:
  - one
  - two
} <> glued
-> END
