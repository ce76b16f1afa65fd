LIST primes = (two = 2), (three) = 3, (five = 5), seven = 7
{LIST_VALUE(LIST_MAX(primes))} {primes}
{LIST_VALUE(LIST_ALL(primes) - primes)}
