
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 12.0)]
for name, qty, price in rows:
    print(f"{name:<12}|{qty:>4}|{price:>8.2f}|{qty * price:>+9.3f}")
print(f"{'total':-^30}")
print(f"{12345.6789:,.2f} {0.5:.0%} {1e6:,.0f} {-3:05d} {3:+05d}")
print(f"{complex(1, -2):>12} {complex(1.5, 2):.1f} {2j:g}")
print(f"{10:#b} {10:#o} {10:#x} {10:n}")
print(f"{int('7'):3}|")
