CONST a = a + 1
{a}
