CONST a = b
CONST b = a
{a}
