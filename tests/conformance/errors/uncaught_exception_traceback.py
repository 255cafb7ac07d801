def validate(x):
    raise ValueError(f"bad input: {x}")
print("before")
validate(42)
print("never printed")
