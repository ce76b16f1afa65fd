CONST a = "{a}"
{a}
