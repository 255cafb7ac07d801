# Recursive Fibonacci: function-call overhead.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

N = 31
total = 0
for i in range(3):
    total += fib(N + i % 2)
print("fib checksum", total)
